/**
 * One message per conversion error code, in English and 简体中文, for the editor and the command
 * line alike. `{name}` is the file's name.
 */
import type { ConvertError } from './types';
import { KIND_LABEL, type ConvertKind } from './load';

export interface LocalizedText {
  en: string;
  zh: string;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1 << 20))} MB`;
}

export function convertErrorMessage(error: ConvertError, name: string, kind: ConvertKind, maxBytes?: number): LocalizedText {
  const label = KIND_LABEL[kind];
  switch (error.code) {
    case 'broken':
      return {
        en: `${name} cannot be read: the file is damaged or is not a ${label} file.`,
        zh: `无法读取 ${name}：文件已损坏，或不是 ${label} 文件。`,
      };
    case 'encrypted':
      return {
        en: `${name} is encrypted or password-protected (or in an old format such as .doc), so its text cannot be read. Save an unprotected copy${kind === 'docx' ? ' as .docx' : ''} and open that.`,
        zh: `${name} 已加密或设有密码（或为 .doc 等旧格式），无法读取其中文字。请另存一份未加密的副本${kind === 'docx' ? '（.docx 格式）' : ''}再打开。`,
      };
    case 'scanned':
      return {
        en: `${name} has no text layer (it looks like a scan): there is no text to show. Run text recognition (OCR) on it first.`,
        zh: `${name} 没有文字层（像是扫描件），没有可显示的文字。请先对它做文字识别（OCR）。`,
      };
    case 'too-large':
      return {
        en: `${name} is too large to open as text${maxBytes ? ` (more than ${mb(maxBytes)})` : ''}.`,
        zh: `${name} 太大，无法以文本打开${maxBytes ? `（超过 ${mb(maxBytes)}）` : ''}。`,
      };
    case 'unsupported':
    default:
      return {
        en: `Gangmu cannot read ${label} files yet (${name}).`,
        zh: `纲目暂时还不能读取 ${label} 文件（${name}）。`,
      };
  }
}
