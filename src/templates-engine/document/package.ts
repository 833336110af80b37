// The fixed parts of every .docx we build: styles, bullets, header/footer wiring and metadata.
import type { TemplateDefinition } from '../types.ts';
import type { DocumentSource } from './source.ts';
import { documentXml, footerXml, headerXml } from './wordml.ts';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const contentTypes = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;

const rootRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

const documentRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>`;

const settings = `${XML}<w:settings ${W}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const PLUM = '6A2C5B';
const TEAL = '0E5C58';
const font = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>';
const paraStyle = (id: string, name: string, pPr: string, rPr: string, extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;

const styles = `${XML}<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr>${font}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${paraStyle('Title', 'Title', `<w:spacing w:after="120"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="${PLUM}"/></w:pBdr>`, `<w:b/><w:color w:val="${PLUM}"/><w:sz w:val="48"/><w:szCs w:val="48"/>`)}
${paraStyle('Subtitle', 'Subtitle', '<w:spacing w:after="320"/>', `<w:color w:val="${TEAL}"/><w:sz w:val="28"/><w:szCs w:val="28"/>`)}
${paraStyle('Heading1', 'heading 1', '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>', `<w:b/><w:color w:val="${PLUM}"/><w:sz w:val="32"/><w:szCs w:val="32"/>`)}
${paraStyle('Heading2', 'heading 2', '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>', `<w:b/><w:color w:val="${TEAL}"/><w:sz w:val="26"/><w:szCs w:val="26"/>`)}
${paraStyle('ListBullet', 'List Bullet', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>', '')}
${paraStyle('Note', 'Note', '<w:spacing w:after="120"/>', '<w:i/><w:color w:val="4A443C"/><w:sz w:val="20"/><w:szCs w:val="20"/>')}
${paraStyle('TableLabel', 'Table label', '<w:spacing w:before="40" w:after="40"/>', '<w:b/>')}
${paraStyle('TableCompact', 'Table text, compact', '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>')}
${paraStyle('TableLabelCompact', 'Table label, compact', '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>', '<w:b/><w:sz w:val="18"/><w:szCs w:val="18"/>')}
${paraStyle('TableNumber', 'Table number', '<w:spacing w:before="40" w:after="40"/><w:jc w:val="right"/>', '')}
${paraStyle('TableGap', 'Table gap', '<w:spacing w:after="0" w:line="120" w:lineRule="exact"/>', '<w:sz w:val="8"/>')}
${paraStyle('Header', 'header', `<w:tabs><w:tab w:val="right" w:pos="9300"/></w:tabs><w:spacing w:after="0"/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="${PLUM}"/></w:pBdr>`, '<w:color w:val="4A443C"/><w:sz w:val="18"/><w:szCs w:val="18"/>')}
${paraStyle('Footer', 'footer', '<w:jc w:val="center"/><w:spacing w:after="0"/>', '<w:color w:val="4A443C"/><w:sz w:val="18"/><w:szCs w:val="18"/>')}
<w:style w:type="table" w:styleId="AnswerTable"><w:name w:val="Answer table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFB3A3"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFB3A3"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFB3A3"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFB3A3"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFB3A3"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFB3A3"/></w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

const numbering = `${XML}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr>${font}</w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const core = (title: string) =>
  `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>MVP Toolkit</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>`;

/** Every part of the template .docx, by path inside the zip. */
export function docxParts(source: DocumentSource, def: TemplateDefinition): Record<string, string> {
  return {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rootRels,
    'docProps/core.xml': core(def.title),
    'word/_rels/document.xml.rels': documentRels,
    'word/document.xml': documentXml(source, def),
    'word/styles.xml': styles,
    'word/numbering.xml': numbering,
    'word/settings.xml': settings,
    'word/header1.xml': headerXml(source, def),
    'word/footer1.xml': footerXml(),
  };
}
