// The detail and the ID通知内容 show an application only to the office that filed it.
import type { Application } from '../../domain/application';
import { getApplication } from '../../store/applications';

/** Application `id` if `officeCode` filed it, else null (none, or another office's). */
export async function getOwnApplication(id: string, officeCode: string | undefined): Promise<Application | null> {
  const found = await getApplication(id);
  return found && found.officeCode === officeCode ? found : null;
}
