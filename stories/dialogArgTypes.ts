/** The Storybook controls of the props both dialogs take (SharedDialogProps, messages, retryPolicy). */
export const dialogArgTypes = {
  client: { control: false },
  trigger: { control: false },
  messages: { control: 'object' },
  retryPolicy: { control: 'object' },
  locale: { control: 'text' },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
} as const;
