package org.posyandu.anthro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.posyandu.anthro.GrowthChart.Indicator;
import org.posyandu.anthro.GrowthChart.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GrowthChartTest {
    private static final LocalDate BIRTH = LocalDate.of(2023, 1, 10);

    /**
     * WHO published, boys weight-for-age at birth (L 0.3487, M 3.3464, S 0.14602): median 3.3464 kg; -2 SD is the
     * 2.3rd percentile of WHO's percentile table, 2.459312 kg, and -3 SD 2.0803 kg (2.1 in the simplified table).
     */
    @Test
    void boysWeightAtBirthMatchesWhoPublishedValues() {
        assertEquals(3.3464, GrowthChart.valueAt(Sex.MALE, Indicator.WEIGHT_FOR_AGE, 0, 0), 1e-3);
        assertEquals(2.459312, GrowthChart.valueAt(Sex.MALE, Indicator.WEIGHT_FOR_AGE, 0, -2), 1e-3);
        assertEquals(2.0803, GrowthChart.valueAt(Sex.MALE, Indicator.WEIGHT_FOR_AGE, 0, -3), 1e-3);
        // and the curve is the inverse of the z-score
        double sd2 = GrowthChart.valueAt(Sex.MALE, Indicator.WEIGHT_FOR_AGE, 365, 2);
        assertEquals(2, GrowthStandards.who2006().weightForAge(Sex.MALE, 365, sd2), 1e-9);
    }

    @Test
    void girlsLengthAtBirthAndTheStepToHeightAtTwoYears() {
        assertEquals(49.1477, GrowthChart.valueAt(Sex.FEMALE, Indicator.LENGTH_HEIGHT_FOR_AGE, 0, 0), 1e-3);
        // boys: length median 87.8018 on day 730, height median 87.1303 from day 731
        assertEquals(87.8018, GrowthChart.valueAt(Sex.MALE, Indicator.LENGTH_HEIGHT_FOR_AGE, 730, 0), 1e-3);
        assertEquals(87.1303, GrowthChart.valueAt(Sex.MALE, Indicator.LENGTH_HEIGHT_FOR_AGE, 731, 0), 1e-3);
        assertTrue(Double.isNaN(GrowthChart.valueAt(Sex.MALE, Indicator.WEIGHT_FOR_AGE, -1, 0)));
    }

    @Test
    void wellFormedWithOneVisitCirclePerPointAndALine() throws Exception {
        List<Point> points = List.of(new Point(BIRTH, 3.2), new Point(BIRTH.plusMonths(1), 4.3),
                new Point(BIRTH.plusMonths(2), 5.4), new Point(BIRTH.plusMonths(4), 6.6));
        String svg = GrowthChart.svg(Sex.MALE, BIRTH, Indicator.WEIGHT_FOR_AGE, points, "KMS", "Budi");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("100%", root.getAttribute("width"));
        assertEquals("img", root.getAttribute("role"));
        assertTrue(root.getAttribute("viewBox").startsWith("0 0 "));
        assertEquals(4, visits(doc).size());
        assertEquals(1, byClass(doc, "polyline", "child-line").size());
        assertEquals(5, byClass(doc, "path", "band").size());
        assertEquals(1, byClass(doc, "polyline", "curve-median").size());
        assertFalse(svg.contains("Belum ada pengukuran"));
        assertTrue(visits(doc).get(1).getTextContent().contains("4,3 kg"), visits(doc).get(1).getTextContent());
        // the curve labels at the right end
        for (String label : List.of("-3", "-2", "0", "+2", "+3")) {
            assertTrue(svg.contains(">" + label + "</text>"), label);
        }
    }

    @Test
    void dropsPointsBeforeBirthAndAfterSixtyMonthsAndNonsense() throws Exception {
        List<Point> points = new ArrayList<>();
        points.add(new Point(BIRTH.minusDays(1), 3.0));
        points.add(new Point(BIRTH.plusDays(10), 3.6));
        points.add(new Point(BIRTH.plusDays(40), 4.4));
        points.add(new Point(BIRTH.plusDays(50), Double.NaN));
        points.add(new Point(BIRTH.plusDays(1827), 18));
        Document doc = parse(GrowthChart.svg(Sex.FEMALE, BIRTH, Indicator.WEIGHT_FOR_AGE, points, "t", null));
        assertEquals(2, visits(doc).size());
        assertEquals(24, maxXTick(doc), "the dropped late point must not widen the axis");
    }

    @Test
    void escapesTheTitleAndSubtitle() throws Exception {
        String title = "BB/U <Siti & \"Ani\">";
        String svg = GrowthChart.svg(Sex.FEMALE, BIRTH, Indicator.WEIGHT_FOR_AGE,
                List.of(new Point(BIRTH.plusDays(30), 4.1)), title, "Posyandu Mawar & Melati <RW 3>");
        assertTrue(svg.contains("&lt;Siti &amp; &quot;Ani&quot;&gt;"));
        assertFalse(svg.contains("<Siti"));
        Document doc = parse(svg);
        assertEquals(title, doc.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(svg.contains("Posyandu Mawar &amp; Melati &lt;RW 3&gt;"));
    }

    @Test
    void xAxisIsTwentyFourMonthsForABabyAndSixtyForAnOlderChild() throws Exception {
        List<Point> tenMonths = List.of(new Point(BIRTH.plusMonths(2), 5.5), new Point(BIRTH.plusMonths(10), 8.9));
        Document small = parse(GrowthChart.svg(Sex.MALE, BIRTH, Indicator.LENGTH_HEIGHT_FOR_AGE,
                List.of(new Point(BIRTH.plusMonths(10), 73.0)), "TB/U", null));
        assertEquals(24, maxXTick(small));
        assertEquals(24, maxXTick(parse(GrowthChart.svg(Sex.MALE, BIRTH, Indicator.WEIGHT_FOR_AGE, tenMonths, "", ""))));

        List<Point> thirtyMonths = List.of(new Point(BIRTH.plusMonths(10), 8.9), new Point(BIRTH.plusMonths(30), 13.1));
        Document big = parse(GrowthChart.svg(Sex.MALE, BIRTH, Indicator.WEIGHT_FOR_AGE, thirtyMonths, "BB/U", null));
        assertEquals(60, maxXTick(big));
        assertEquals("60", big.getDocumentElement().getAttribute("data-months"));
        assertEquals(2, visits(big).size());
    }

    @Test
    void yAxisSpansMinusThreeSdAtBirthToPlusThreeSdAtTheEnd() throws Exception {
        Document doc = parse(GrowthChart.svg(Sex.MALE, BIRTH, Indicator.WEIGHT_FOR_AGE, List.of(), "BB/U", null));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element e = (Element) texts.item(i);
            if (e.getAttribute("class").equals("y-tick")) {
                double v = Double.parseDouble(e.getTextContent().replace(',', '.'));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double minus3AtBirth = GrowthChart.valueAt(Sex.MALE, Indicator.WEIGHT_FOR_AGE, 0, -3); // 2.1 kg
        double plus3At24 = GrowthChart.valueAt(Sex.MALE, Indicator.WEIGHT_FOR_AGE, 730, 3); // 17.1 kg
        assertTrue(lo <= minus3AtBirth && lo > minus3AtBirth - 2.5, "lowest tick " + lo);
        assertTrue(hi >= plus3At24 && hi < plus3At24 + 2.5, "highest tick " + hi);
    }

    @Test
    void emptyChartStillDrawsTheBandsAndSaysSo() throws Exception {
        for (List<Point> none : java.util.Arrays.asList(List.<Point>of(), null)) {
            String svg = GrowthChart.svg(Sex.FEMALE, BIRTH, Indicator.LENGTH_HEIGHT_FOR_AGE, none, "TB/U", "Ani");
            Document doc = parse(svg);
            assertTrue(svg.contains("Belum ada pengukuran"));
            assertEquals(0, visits(doc).size());
            assertEquals(5, byClass(doc, "path", "band").size());
            assertEquals(24, maxXTick(doc));
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> visits(Document doc) {
        return byClass(doc, "circle", "visit");
    }

    /** Elements of a tag whose class attribute contains the class token. */
    private static List<Element> byClass(Document doc, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    private static int maxXTick(Document doc) {
        return byClass(doc, "text", "x-tick").stream().mapToInt(e -> Integer.parseInt(e.getTextContent())).max()
                .orElseThrow();
    }
}
