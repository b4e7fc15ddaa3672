/**
 * Where the application keeps files (videos and handouts, certificate PDFs and the
 * certificate template, headcount decisions, planning evidence): one
 * {@link vn.hocso.platform.storage.FileStore} per area, on the local disk by default
 * ({@code hocso.storage.type=local}) or in an S3-compatible object store shared by every
 * node ({@code hocso.storage.type=s3}). See docs/operations.md "Storage" and
 * docs/adr/0300.
 */
@NullMarked
package vn.hocso.platform.storage;

import org.jspecify.annotations.NullMarked;
