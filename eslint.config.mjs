import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

/** Builders whose result is safe Leaflet content: DOM nodes with textContent (components/map/text-element.ts). */
const TEXT_NODE = '/^(textElement|groupElement)$/';
const LEAFLET_CONTENT = '/^(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)$/';
const ESCAPE = 'Output is data, never markup (docs/security.md): build the content with textElement() from components/map/text-element.ts.';

/**
 * Output escaping (issue 8): no HTML string reaches the DOM. React escapes text, but
 * these APIs parse a string as HTML — Leaflet's tooltip, popup and div-icon content
 * among them. tests/unit/lint-output-escaping.test.ts proves each pattern is caught.
 */
const outputEscapingRules = {
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: `dangerouslySetInnerHTML is forbidden. ${ESCAPE}` },
    {
      selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
      message: `Assigning innerHTML/outerHTML is forbidden; set textContent. ${ESCAPE}`,
    },
    { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]", message: `HTML-parsing DOM calls are forbidden. ${ESCAPE}` },
    { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: `document.write is forbidden. ${ESCAPE}` },
    {
      selector: `CallExpression[callee.property.name=${LEAFLET_CONTENT}]:not([arguments.0.callee.name=${TEXT_NODE}]):not([arguments.0.type=/^(ArrowFunctionExpression|FunctionExpression)$/][arguments.0.body.callee.name=${TEXT_NODE}])`,
      message: `Leaflet parses string content as HTML. ${ESCAPE}`,
    },
    {
      selector: `:matches(CallExpression, NewExpression)[callee.property.name=/^(divIcon|DivIcon|tooltip|Tooltip|popup|Popup)$/] Property[key.name=/^(html|content)$/]:not([value.callee.name=${TEXT_NODE}])`,
      message: `Leaflet parses html/content strings as HTML. ${ESCAPE}`,
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts}'], rules: outputEscapingRules },
  globalIgnores([
    '.next/**',
    'out/**',
    'next-env.d.ts',
    'lib/generated/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
