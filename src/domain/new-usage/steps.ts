/** The step bar of 新規申込 (seed 003's screenshot). */
export const NEW_USAGE_STEPS = ['仮ログイン', '仮ログイン登録完了', 'NACCS利用申込', 'NACCS利用申込完了', '審査完了'] as const;
