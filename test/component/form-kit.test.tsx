import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../src/ui/form/ErrorSummary';
import { SelectInput } from '../../src/ui/form/SelectInput';
import { TextInput } from '../../src/ui/form/TextInput';
import { TextArea } from '../../src/ui/form/TextArea';
import { WizardForm } from '../../src/ui/form/WizardForm';
import { AttachmentPicker } from '../../src/ui/form/AttachmentPicker';
import { Title } from '../../src/ui/Title';

afterEach(cleanup);

function Form(props: { onSubmit: () => void }) {
  const [value, setValue] = createSignal('');
  const [attempt, setAttempt] = createSignal(0);
  const [error, setError] = createSignal<string>();
  const submit = () => {
    props.onSubmit();
    if (!/^[0-9]*$/.test(value())) {
      setError('電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。');
      setAttempt((n) => n + 1);
    } else setError(undefined);
  };
  return (
    <>
      <Title text="申込担当者 入力" error={!!error()} />
      <ErrorSummary errors={error() ? [{ id: 'phone', message: error()! }] : []} attempt={attempt()} />
      <WizardForm onSubmit={submit}>
        <TextInput id="phone" label="電話番号" hint="半角数字" example="0301234567" value={value()} onValue={setValue} error={error()} />
        <button type="submit">次へ進む</button>
      </WizardForm>
    </>
  );
}

describe('fields, error summary and title', () => {
  it('wires the label, hint and 例) to the field', () => {
    render(() => <Form onSubmit={() => undefined} />);
    const input = screen.getByLabelText('電話番号');
    expect(input.getAttribute('aria-describedby')).toBe('phone-hint phone-example');
    expect(screen.getByText('(半角数字)').id).toBe('phone-hint');
    expect(screen.getByText('例) 0301234567').id).toBe('phone-example');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('on 次へ with an error: summary takes focus, links to the field, field is marked, title says エラー：, what was typed stays', async () => {
    const user = userEvent.setup();
    render(() => <Form onSubmit={() => undefined} />);
    const input = screen.getByLabelText('電話番号') as HTMLInputElement;
    await user.type(input, '03-1234-5678');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    const summary = await screen.findByRole('alert');
    await vi.waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain('入力内容に誤りがあります。');
    expect(document.title).toBe('エラー：申込担当者 入力 | NACCSサポートシステム');
    expect(input.value).toBe('03-1234-5678');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('phone-error');
    expect(document.getElementById('phone-error')!.textContent).toContain('「-」(ハイフン)を入力せずに、数字のみ入力してください。');

    await user.click(screen.getByRole('link', { name: /ハイフン/ }));
    await vi.waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('a select is labelled, marked 必須, starts at 「選択してください」 and carries its message like a text field', async () => {
    const user = userEvent.setup();
    const [value, setValue] = createSignal('');
    const [error, setError] = createSignal<string | undefined>('管轄税関を選択してください。');
    render(() => <SelectInput id="customs" label="管轄税関" options={['東京税関', '横浜税関']} required value={value()} onValue={(t) => { setValue(t); setError(undefined); }} error={error()} />);
    const select = screen.getByRole('combobox', { name: /^管轄税関必須/ }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['選択してください', '東京税関', '横浜税関']);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe('customs-error');
    expect(document.getElementById('customs-error')!.textContent).toBe('エラー：管轄税関を選択してください。');
    await user.selectOptions(select, '横浜税関');
    expect(value()).toBe('横浜税関');
    expect(select.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('customs-error')).toBeNull();
  });

  it('Enter that confirms an IME conversion never submits; a plain Enter does', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(() => <Form onSubmit={onSubmit} />);
    const input = screen.getByLabelText('電話番号');
    const composing = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, isComposing: true });
    input.dispatchEvent(composing);
    expect(composing.defaultPrevented).toBe(true);
    const ime229 = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true });
    input.dispatchEvent(ime229);
    expect(ime229.defaultPrevented).toBe(true);
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(input, '{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('counts characters, not bytes, in a 240-character note', () => {
    render(() => <TextArea id="note" label="備考" maxChars={240} value={'𠮷'.repeat(3)} onValue={() => undefined} />);
    expect(screen.getByText('現在3文字')).toBeTruthy();
    expect(screen.getByText(/240文字以内/)).toBeTruthy();
  });

  it('lists attached files with name and size and says the limits', () => {
    const onRemove = vi.fn();
    render(() => (
      <AttachmentPicker
        id="att"
        files={[{ id: 'f1', name: '貨物引渡義務登録調査票.xlsx', size: 37 * 1024, type: '' }]}
        onAdd={() => undefined}
        onRemove={onRemove}
      />
    ));
    expect(screen.getByText('貨物引渡義務登録調査票.xlsx')).toBeTruthy();
    expect(screen.getByText('37KB')).toBeTruthy();
    expect(screen.getByText(/1ファイル10MBまで、1つの申込につき10ファイル・合計\s*20MBまで/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '貨物引渡義務登録調査票.xlsxを削除' }));
    expect(onRemove).toHaveBeenCalledWith('f1');
  });
});
