/** What a package's launch page carries for its script: which widget, with which props. */
import type { Assessment } from '../assessment/model';
import type { PurposeCheckContent } from '../purpose-check/purpose-check';
import type { PackageVariant } from './variants';

export type LaunchData =
  | { kind: 'assessment'; props: { assessment: Assessment & { intro: string }; variant: PackageVariant; siteUrl: string; manualPath: string; path: string } }
  | { kind: 'purpose-check'; props: { title: string; intro: string; content: PurposeCheckContent; siteUrl: string } };
