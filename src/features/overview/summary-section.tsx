import { ProseText } from '@/components/prose-text';
import { Section } from '@/components/section';
import { TextList } from '@/components/text-list';
import type { Trial } from '@/trial/trial-schema';

export type SummaryFields = Pick<
  Trial,
  'briefSummary' | 'detailedDescription' | 'conditions' | 'keywords'
>;

/** Brief summary, detailed description ("None provided" when absent), conditions and keywords. */
export function SummarySection({ trial }: { trial: SummaryFields }) {
  return (
    <Section
      id="summary"
      recordModules={['descriptionModule', 'conditionsModule']}
      title="Summary"
      blurb="What the study is about and why it is being done, in the sponsor's words."
    >
      <h3>Brief summary</h3>
      <ProseText text={trial.briefSummary} />
      <h3>Detailed description</h3>
      <ProseText text={trial.detailedDescription} missingText="None provided" />
      <h3>Conditions</h3>
      <TextList items={trial.conditions} />
      <h3>Keywords</h3>
      <TextList items={trial.keywords} />
    </Section>
  );
}
