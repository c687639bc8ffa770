/** The result of the last action, announced to screen readers (errors assertively). */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { StatusMessage } from '../state/run-state';

export interface StatusBarProps {
  status?: StatusMessage;
  onDismiss(): void;
}

export function StatusBar({ status, onDismiss }: StatusBarProps): React.ReactElement {
  return (
    <div aria-live={status?.intent === 'error' ? 'assertive' : 'polite'} aria-atomic="true">
      {status && (
        <MessageBar intent={status.intent} layout="multiline" data-testid="status">
          <MessageBarBody>
            {status.title && <MessageBarTitle>{status.title}</MessageBarTitle>}
            {status.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Tutup pesan" icon={<DismissRegular />} onClick={onDismiss} />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
