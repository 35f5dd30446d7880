#include "XlsxParts.h"

#include <charconv>

namespace defex::xlsx {

namespace {

constexpr char kXmlDecl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPkgRelNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";

// Invalid timestamps fall back to a fixed moment, never to "now": the same request on the
// same data must give the same bytes.
constexpr qint64 kFallbackCreated = 946684800; // 2000-01-01T00:00:00Z

std::string escaped(const std::string &s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A sheet name in a formula needs quotes unless it is a plain word (Excel's rule).
std::string formulaSheetName(const std::string &name)
{
    bool plain = !name.empty();
    for (char c : name) {
        const bool word = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '_' || c == '.' || (c & 0x80);
        plain = plain && word;
    }
    if (plain)
        return name;
    std::string q = "'";
    for (char c : name) {
        q += c;
        if (c == '\'')
            q += '\'';
    }
    return q + "'";
}

std::string absoluteRef(const std::string &cell)
{
    size_t digits = 0;
    while (digits < cell.size() && !(cell[digits] >= '0' && cell[digits] <= '9'))
        ++digits;
    return "$" + cell.substr(0, digits) + "$" + cell.substr(digits);
}

std::string number(double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

} // namespace

std::string columnName(size_t column)
{
    std::string name;
    for (size_t n = column + 1; n > 0; n = (n - 1) / 26)
        name.insert(name.begin(), char('A' + (n - 1) % 26));
    return name;
}

std::string contentTypes(size_t sheetCount)
{
    std::string s = kXmlDecl;
    s += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" "
         "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/xl/styles.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (size_t i = 1; i <= sheetCount; ++i) {
        s += "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i)
            + ".xml\" "
              "ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    }
    s += "</Types>";
    return s;
}

std::string rootRelationships()
{
    std::string s = kXmlDecl;
    s += std::string("<Relationships xmlns=\"") + kPkgRelNs
        + "\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "officeDocument\" Target=\"xl/workbook.xml\"/>"
          "<Relationship Id=\"rId2\" "
          "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
          "core-properties\" Target=\"docProps/core.xml\"/>"
          "<Relationship Id=\"rId3\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "extended-properties\" Target=\"docProps/app.xml\"/>"
          "</Relationships>";
    return s;
}

std::string coreProperties(const QDateTime &created)
{
    const qint64 secs = created.isValid() ? created.toSecsSinceEpoch() : 0;
    const QByteArray when
        = QDateTime::fromSecsSinceEpoch(secs > 0 ? secs : kFallbackCreated, Qt::UTC)
              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
              .toLatin1();
    std::string s = kXmlDecl;
    s += "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
         "<dc:title>Definities</dc:title><dc:creator></dc:creator><cp:lastModifiedBy></"
         "cp:lastModifiedBy>"
         "<dcterms:created xsi:type=\"dcterms:W3CDTF\">";
    s += when.constData();
    s += "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">";
    s += when.constData();
    s += "</dcterms:modified></cp:coreProperties>";
    return s;
}

std::string appProperties(const std::vector<SheetInfo> &sheets)
{
    const std::string count = std::to_string(sheets.size());
    std::string s = kXmlDecl;
    s += "<Properties "
         "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
         "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
         "<Application>Microsoft "
         "Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
         "<HeadingPairs><vt:vector size=\"2\" "
         "baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
         "<vt:variant><vt:i4>"
        + count
        + "</vt:i4></vt:variant></vt:vector></HeadingPairs>"
          "<TitlesOfParts><vt:vector size=\""
        + count + "\" baseType=\"lpstr\">";
    for (const SheetInfo &sheet : sheets)
        s += "<vt:lpstr>" + escaped(sheet.name) + "</vt:lpstr>";
    s += "</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>"
         "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</"
         "HyperlinksChanged><AppVersion>12.0000</AppVersion>"
         "</Properties>";
    return s;
}

std::string workbook(const std::vector<SheetInfo> &sheets)
{
    std::string s = kXmlDecl;
    s += std::string("<workbook xmlns=\"") + kMain + "\" xmlns:r=\"" + kRelNs
        + "\">"
          "<fileVersion appName=\"xl\" lastEdited=\"4\" lowestEdited=\"4\" rupBuild=\"4505\"/>"
          "<workbookPr/><bookViews><workbookView xWindow=\"240\" yWindow=\"15\" "
          "windowWidth=\"16095\" "
          "windowHeight=\"9660\"/></bookViews><sheets>";
    for (size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        s += "<sheet name=\"" + escaped(sheets[i].name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n
            + "\"/>";
    }
    s += "</sheets><definedNames>";
    // Excel keeps an autofilter's range in this hidden name; without it Excel repairs the file.
    for (size_t i = 0; i < sheets.size(); ++i) {
        s += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + std::to_string(i)
            + "\" hidden=\"1\">" + escaped(formulaSheetName(sheets[i].name))
            + "!$A$1:" + absoluteRef(sheets[i].lastCell) + "</definedName>";
    }
    s += "</definedNames><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>";
    return s;
}

std::string workbookRelationships(size_t sheetCount)
{
    std::string s = kXmlDecl;
    s += std::string("<Relationships xmlns=\"") + kPkgRelNs + "\">";
    for (size_t i = 1; i <= sheetCount; ++i) {
        s += "<Relationship Id=\"rId" + std::to_string(i)
            + "\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "worksheet\" "
              "Target=\"worksheets/sheet"
            + std::to_string(i) + ".xml\"/>";
    }
    s += "<Relationship Id=\"rId" + std::to_string(sheetCount + 1)
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
          "Target=\"styles.xml\"/></Relationships>";
    return s;
}

std::string styles()
{
    // Without a theme part, fonts name their colour and family themselves.
    std::string s = kXmlDecl;
    s += std::string("<styleSheet xmlns=\"") + kMain
        + "\">"
          "<fonts count=\"2\"><font><sz val=\"11\"/><color rgb=\"FF000000\"/><name "
          "val=\"Calibri\"/><family val=\"2\"/></font>"
          "<font><b/><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/><family "
          "val=\"2\"/></font></fonts>"
          "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
          "patternType=\"gray125\"/></fill></fills>"
          "<borders "
          "count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
          "borderId=\"0\"/></cellStyleXfs>"
          "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
          "xfId=\"0\"/>"
          "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyFont=\"1\"/></cellXfs>"
          "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
          "builtinId=\"0\"/></cellStyles>"
          "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" "
          "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>";
    return s;
}

std::string sheetStart(bool selected, const std::vector<double> &columnWidths)
{
    std::string s = kXmlDecl;
    s += std::string("<worksheet xmlns=\"") + kMain + "\" xmlns:r=\"" + kRelNs
        + "\">"
          "<sheetViews><sheetView "
        + (selected ? "tabSelected=\"1\" " : "")
        + "workbookViewId=\"0\">"
          "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
          "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
          "<sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    for (size_t i = 0; i < columnWidths.size(); ++i) {
        // Excel stores a width of n characters as n plus 5 pixels of padding at 7 pixels per
        // character, in 1/256ths: 28 -> 28.7109375 (what libxlsxwriter wrote too).
        const double w = double(int((int(columnWidths[i] * 7 + 0.5) + 5) / 7.0 * 256)) / 256;
        const std::string n = std::to_string(i + 1);
        s += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + number(w)
            + "\" customWidth=\"1\"/>";
    }
    s += "</cols><sheetData>";
    return s;
}

std::string sheetEnd(const std::string &autofilterRef)
{
    return "</sheetData><autoFilter ref=\"" + autofilterRef
        + "\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
          "footer=\"0.3\"/></worksheet>";
}

} // namespace defex::xlsx
