/**
 * The script of a SCORM package's launch page (bundled by src/integrations/scorm-packages.ts): reads
 * what the package was built for from the page and renders it. The data is a JSON block, not
 * a script, so the package's CSP can forbid every inline script.
 */
import { createRoot } from 'react-dom/client';
import ScormAssessment from './ScormAssessment';
import ScormPurposeCheck from './ScormPurposeCheck';
import type { LaunchData } from './launch-data';
// The site's look, in the package's one stylesheet (each widget's own CSS comes with its imports).
import '../../styles/tokens.css';
import '../../styles/base.css';
import '../assessment/assessment.css';
import './scorm.css';

const root = document.getElementById('scorm-root');
const data = document.getElementById('scorm-data');
if (root && data?.textContent) {
  const launch = JSON.parse(data.textContent) as LaunchData;
  createRoot(root).render(launch.kind === 'assessment' ? <ScormAssessment {...launch.props} /> : <ScormPurposeCheck {...launch.props} />);
}
