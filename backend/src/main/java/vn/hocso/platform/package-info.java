/**
 * Cross-cutting web platform shared by every module: problem details, request ids, the
 * single-page app's routing and OpenAPI. Open so that every module may use its exception
 * types.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.hocso.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
