// Reads exactly one page of 申込情報一覧: the office's drafts (a handful) and, from
// the indexes of schema v2, the count and the page of applications under the filter.
import { DRAFT_STATUS_LABEL } from '../../domain/application';
import {
  countOfficeApplications,
  listOfficeDrafts,
  pageOfficeApplications,
  searchOfficeApplications,
  type ApplicationFilter,
} from '../../store/applications';
import {
  filterDrafts,
  normalizeReceiptQuery,
  PAGE_SIZE,
  pageSlots,
  rowsOf,
  splitPage,
  type ListFilter,
  type ListRow,
  type PageSlots,
} from './list';

export interface ListPage extends PageSlots {
  items: ListRow[];
}

export async function loadListPage(officeCode: string, filter: ListFilter & { page: number }): Promise<ListPage> {
  const drafts = filterDrafts(await listOfficeDrafts(officeCode), filter);
  const onlyDrafts = filter.status === DRAFT_STATUS_LABEL;
  const appFilter: ApplicationFilter = { kind: filter.kind, status: onlyDrafts ? undefined : (filter.status as ApplicationFilter['status']) };
  const query = normalizeReceiptQuery(filter.query ?? '');

  if (query && !onlyDrafts) {
    // the search gives its total with the page; a page past the end is asked again at the last page
    const read = (page: number) =>
      searchOfficeApplications(officeCode, appFilter, query, (Math.max(1, Math.floor(page)) - 1) * PAGE_SIZE, PAGE_SIZE);
    let found = await read(filter.page);
    const slots = pageSlots(found.total, filter.page);
    if (slots.page !== Math.floor(filter.page)) found = await read(slots.page);
    return { ...slots, items: rowsOf(found.rows, []) };
  }

  const appTotal = onlyDrafts ? 0 : await countOfficeApplications(officeCode, appFilter);
  const slots = pageSlots(drafts.length + appTotal, filter.page);
  const part = splitPage(slots, drafts);
  const apps = onlyDrafts ? [] : await pageOfficeApplications(officeCode, appFilter, part.applicationOffset, part.applicationLimit);
  return { ...slots, items: rowsOf(apps, part.drafts) };
}
