import { CitizenStart } from '@/features/citizens/components/citizen-start';
import { MyData } from '@/features/citizens/components/my-data';

export function CitizenStartRoute() {
  return <CitizenStart />;
}

export function MyDataRoute() {
  return <MyData />;
}
