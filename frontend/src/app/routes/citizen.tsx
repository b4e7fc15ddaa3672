import { CommuneHelpers } from '@/features/citizens/components/commune-helpers';
import { HelperHome } from '@/features/citizens/components/helper-home';
import { CitizenStart } from '@/features/citizens/components/citizen-start';
import { MyData } from '@/features/citizens/components/my-data';

export function CitizenStartRoute() {
  return <CitizenStart />;
}

export function MyDataRoute() {
  return <MyData />;
}

export function HelperHomeRoute() {
  return <HelperHome />;
}

export function CommuneHelpersRoute() {
  return <CommuneHelpers />;
}
