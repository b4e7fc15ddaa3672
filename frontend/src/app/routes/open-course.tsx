import { OpenCourseLanding } from '@/features/citizens/components/open-course-landing';

/** Rendered without Keycloak: main.tsx shows it for /c/{courseId} before any login. */
export function OpenCourseRoute({ courseId }: { courseId: number }) {
  return <OpenCourseLanding courseId={courseId} />;
}
