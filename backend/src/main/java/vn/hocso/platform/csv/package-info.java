/**
 * Reading the CSV files offices send, through Commons CSV with the choices every upload
 * shares.
 */
@NullMarked
package vn.hocso.platform.csv;

import org.jspecify.annotations.NullMarked;
