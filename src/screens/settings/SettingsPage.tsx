import { Title } from '../../ui/Title';
import { DemoSection } from './DemoSection';
import { LoginLockSection } from './LoginLockSection';
import { ResetSection } from './ResetSection';
import { StorageSection } from './StorageSection';
import { BadRecordsSection } from './BadRecordsSection';
import { BundleSection } from './BundleSection';
import { SyncSection } from './SyncSection';
import './settings.css';

/** トレーナー用 設定: sync (server and file), storage, records that cannot be read, demo mode, login lock, 「デモデータを初期化」. */
export default function SettingsPage() {
  return (
    <>
      <Title text="設定（トレーナー用）" />
      <h1 class="page-title">設定</h1>
      <SyncSection />
      <BundleSection />
      <StorageSection />
      <BadRecordsSection />
      <DemoSection />
      <LoginLockSection />
      <ResetSection />
    </>
  );
}
