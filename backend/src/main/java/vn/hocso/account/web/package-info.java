/** HTTP edge of the account module: issuing learners' accounts. */
@NullMarked
package vn.hocso.account.web;

import org.jspecify.annotations.NullMarked;
