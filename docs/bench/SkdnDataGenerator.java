import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.posyandu.anthro.Anthropometry;
import org.posyandu.anthro.Assessment;
import org.posyandu.anthro.Measurement;
import org.posyandu.anthro.Position;
import org.posyandu.anthro.Sex;

/**
 * A realistic kabupaten-year for the SKDN benchmark, written straight into the embedded Derby database of a
 * stopped instance (docs/bench/skdn.sh): Posyandu spread over the kabupaten's desa, balita with their mothers
 * (warga, NIK and KK numbers in the Dukcapil structure, babies without NIK linked to the mother), their
 * {@code kesehatan.balita} registration (Buku KIA, birth data) and one {@code kesehatan.penimbangan} row per child
 * per month with the derived columns computed as KesehatanModule does: WHO z-scores and Permenkes classes by
 * org.posyandu.anthro, N/T/O/B against the last earlier month with the KMS minimum gain, 2T, the referral flag.
 *
 * <p>Population: {@code --balita} children are 0–59 months old at the end of the last month (the S of that month);
 * as many again per month of age are born in the {@code --bulan} − 1 months before, so that every month has about
 * {@code --balita} balita (children leave at 60 months). Each balita is weighed at its Posyandu's monthly day with
 * probability {@code --hadir} (1.0 = the 100,000 × 12 = 1.2 million weighings). Weight and length follow a
 * child's own z-scores (BB/U mean −1.0, TB/U mean −1.15 SD, correlated: stunting, wasting and underweight near
 * SSGI 2022's 21.6 %, 7.7 % and 17.1 %; the weight's month-to-month drift adds some wasting), read off the
 * WHO LMS tables, rounded like a dacin (0.1 kg) and a length board (0.1 cm); length is measured in February and
 * August (bulan penimbangan, vitamin A) and at 30 % of the other visits.
 *
 * <pre>
 *   java -cp org.posyandu.derby.jar:org.posyandu.anthro.jar SkdnDataGenerator.java \     (or derby, derbyshared, derbytools)
 *        DB_DIR [--kabupaten 35.17] [--posyandu 1000] [--balita 100000] [--bulan 12] [--sampai YYYY-MM]
 *        [--hadir 1.0] [--seed 1] [--stats] [--expected FILE]
 *   ... SkdnDataGenerator.java DB_DIR --stats-only     (SYSCS_UPDATE_STATISTICS on the tables the report reads,
 *       and drops the SKDN figures the report keeps, so the next call counts every Posyandu again)
 *   ... SkdnDataGenerator.java DB_DIR --sql KODE YYYY-MM  (the report's three counting queries over JDBC, timed)
 * </pre>
 */
public class SkdnDataGenerator {
    private static final int COMMIT_EVERY = 10_000;
    private static final String[] TABLES = { "POSYANDU", "WARGA", "KES_BALITA", "KES_PENIMBANGAN" };

    // the generator's knobs
    private String kabupaten = "35.17";
    private int posyanduCount = 1000;
    private int balitaCount = 100_000;
    private int months = 12;
    private YearMonth last = YearMonth.now().minusMonths(1);
    private double hadir = 1.0;
    private long seed = 1;
    private boolean stats;
    private Path expectedFile;

    private final Random rnd = new Random();
    private Connection c;
    private final Lms wfa = Lms.load("wfa_lms_days.csv");
    private final Lms lhfa = Lms.load("lhfa_lms_days.csv");

    public static void main(String[] args) throws Exception {
        String db = args[0];
        SkdnDataGenerator g = new SkdnDataGenerator();
        String mode = "generate";
        String sqlArea = null;
        String sqlMonth = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--kabupaten" -> g.kabupaten = args[++i];
                case "--posyandu" -> g.posyanduCount = Integer.parseInt(args[++i]);
                case "--balita" -> g.balitaCount = Integer.parseInt(args[++i]);
                case "--bulan" -> g.months = Integer.parseInt(args[++i]);
                case "--sampai" -> g.last = YearMonth.parse(args[++i]);
                case "--hadir" -> g.hadir = Double.parseDouble(args[++i]);
                case "--seed" -> g.seed = Long.parseLong(args[++i]);
                case "--stats" -> g.stats = true;
                case "--expected" -> g.expectedFile = Path.of(args[++i]);
                case "--stats-only" -> mode = "stats";
                case "--sql" -> {
                    mode = args[i].substring(2);
                    sqlArea = args[++i];
                    sqlMonth = args[++i];
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (mode.equals("sql")) {
            // as bin/setenv: the hash join for a kabupaten keeps kes_balita's KIA rows in memory (Derby's default is 1 MB)
            System.setProperty("derby.language.maxMemoryPerTable", System.getProperty("derby.language.maxMemoryPerTable", "32768"));
        }
        if (!mode.startsWith("sql")) {
            // loading: a larger page cache than Derby's 1,000 pages (this JVM only; --sql keeps the instance's default)
            System.setProperty("derby.storage.pageCacheSize", System.getProperty("derby.storage.pageCacheSize", "40000"));
        }
        g.rnd.setSeed(g.seed);
        g.c = DriverManager.getConnection("jdbc:derby:" + db);
        try {
            g.c.setAutoCommit(false);
            switch (mode) {
                case "stats" -> {
                    g.printStatistics("statistics before");
                    g.updateStatistics();
                    g.printStatistics("statistics after");
                    g.dropKeptFigures();
                }
                case "sql" -> g.timeQueries(sqlArea, YearMonth.parse(sqlMonth));
                default -> g.generate();
            }
        } finally {
            g.c.rollback(); // everything wanted is committed; ends the read-only work of --stats-only and --sql
            g.c.close();
            try {
                DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true");
            } catch (SQLException expected) {
                // 08006: the database was shut down, its files are consistent for the instance to open
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the data

    record Posyandu(String id, String desa, int day, double size) {
    }

    /** A child (index into the arrays) or a mother. */
    record Mother(int index, String id, LocalDate birth, String kk) {
    }

    private final List<Posyandu> posyandu = new ArrayList<>();
    // children, in order of birth
    private String[] childId;
    private LocalDate[] childBirth;
    private boolean[] childMale;
    private int[] childPosyandu;
    private double[] zWeight;
    private double[] zHeight;
    private boolean[] kia;
    // a child's last weighing: month index, weight in grams, N/T/O/B
    private int[] lastMonth;
    private int[] lastGrams;
    private char[] lastNt;
    private final Map<String, Integer> nikSerial = new HashMap<>();
    private long kkSerial;
    /** The latest month's counters for the whole kabupaten: S K D N T O B 2T, then TB/U, BB/TB, BB/U measured and cases. */
    private final long[] expected = new long[14];

    void generate() throws Exception {
        long start = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM posyandu WHERE desa_kode LIKE ?")) {
            ps.setString(1, kabupaten + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("kabupaten " + kabupaten + " already has Posyandu: generate into a fresh database");
                }
            }
        }
        List<String> desa = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kode FROM wilayah WHERE kode LIKE ? AND tingkat = 4 ORDER BY kode")) {
            ps.setString(1, kabupaten + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    desa.add(rs.getString(1));
                }
            }
        }
        if (desa.isEmpty()) {
            throw new IllegalStateException("no desa under " + kabupaten + " (is the region data loaded?)");
        }
        System.out.printf("kabupaten %s: %d desa, %d kecamatan; months %s..%s%n", kabupaten, desa.size(),
                desa.stream().map(d -> d.substring(0, 8)).distinct().count(), last.minusMonths(months - 1), last);
        insertPosyandu(desa);
        long t1 = System.nanoTime();
        int warga = insertPeople();
        long t2 = System.nanoTime();
        long weighings = insertWeighings();
        long t3 = System.nanoTime();
        System.out.printf("rows: posyandu %,d (%.1f s), warga %,d (%,d balita + %,d mothers) and kes_balita %,d (%.1f s),"
                + " kes_penimbangan %,d (%.1f s, %,.0f rows/s)%n", posyandu.size(), (t1 - start) / 1e9, warga,
                childId.length, warga - childId.length, childId.length, (t2 - t1) / 1e9, weighings, (t3 - t2) / 1e9,
                weighings / ((t3 - t2) / 1e9));
        if (stats) {
            long s = System.nanoTime();
            updateStatistics();
            System.out.printf("SYSCS_UPDATE_STATISTICS: %.1f s%n", (System.nanoTime() - s) / 1e9);
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        long[] e = expected;
        String line = String.format("bulan=%s S=%d K=%d D=%d N=%d T=%d 2T=%d O=%d B=%d stunting=%d/%d wasting=%d/%d underweight=%d/%d",
                last, e[0], e[1], e[2], e[3], e[4], e[7], e[5], e[6], e[9], e[8], e[11], e[10], e[13], e[12]);
        System.out.println("expected for the kabupaten: " + line);
        if (expectedFile != null) {
            Files.writeString(expectedFile, line + "\n");
        }
    }

    private void insertPosyandu(List<String> desa) throws SQLException {
        // every desa has at least one Posyandu; the rest go to desa in proportion to a (lognormal) population
        double[] weight = new double[desa.size()];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = Math.exp(0.5 * rnd.nextGaussian());
            sum += weight[i];
        }
        int[] count = new int[desa.size()];
        Arrays.fill(count, 1);
        for (int n = desa.size(); n < posyanduCount; n++) {
            double r = rnd.nextDouble() * sum;
            int i = 0;
            while (i < weight.length - 1 && (r -= weight[i]) > 0) {
                i++;
            }
            count[i]++;
        }
        Timestamp now = Timestamp.valueOf(last.minusMonths(months + 6).atDay(1).atTime(8, 0));
        String[] strata = { "PRATAMA", "MADYA", "MADYA", "PURNAMA", "PURNAMA", "MANDIRI" };
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO posyandu (id, nama, nama_kunci, desa_kode, alamat, rt, rw,"
                + " strata, aktif, dibuat, diubah, versi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 1)")) {
            for (int d = 0; d < desa.size(); d++) {
                Set<String> names = new HashSet<>();
                for (int k = 0; k < count[d]; k++) {
                    String nama;
                    do {
                        nama = "Posyandu " + pick(Names.POSYANDU) + (rnd.nextInt(3) == 0 ? " " + (1 + rnd.nextInt(12)) : "");
                    } while (!names.add(nama.toLowerCase(Locale.ROOT)));
                    String id = UUID.randomUUID().toString();
                    String rw = String.format("%03d", 1 + rnd.nextInt(8));
                    ps.setString(1, id);
                    ps.setString(2, nama);
                    ps.setString(3, nama.toLowerCase(Locale.ROOT));
                    ps.setString(4, desa.get(d));
                    ps.setString(5, "Dusun " + pick(Names.DUSUN));
                    ps.setString(6, String.format("%03d", 1 + rnd.nextInt(6)));
                    ps.setString(7, rw);
                    ps.setString(8, pick(strata));
                    ps.setTimestamp(9, now);
                    ps.setTimestamp(10, now);
                    ps.addBatch();
                    // Posyandu day 5..25 of the month; balita per Posyandu ~30..300 (lognormal around 100)
                    posyandu.add(new Posyandu(id, desa.get(d), 5 + rnd.nextInt(21), Math.exp(0.45 * rnd.nextGaussian())));
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /** Children (born over {@code months - 1 + 60} months) with their mothers, and their kes_balita rows. */
    private int insertPeople() throws SQLException {
        LocalDate end = last.atEndOfMonth();
        LocalDate sBorn = end.minusMonths(60); // S: born after this
        long sDays = ChronoUnit.DAYS.between(sBorn, end);
        LocalDate firstBorn = sBorn.minusMonths(months - 1);
        long allDays = ChronoUnit.DAYS.between(firstBorn, end);
        int n = (int) Math.round(balitaCount * (double) allDays / sDays);
        // birth dates: the balitaCount S-children uniform over the 60 months, the others over the months before
        long[] births = new long[n];
        for (int i = 0; i < n; i++) {
            births[i] = i < balitaCount ? sBorn.toEpochDay() + 1 + (long) (rnd.nextDouble() * sDays)
                    : firstBorn.toEpochDay() + 1 + (long) (rnd.nextDouble() * (allDays - sDays));
        }
        Arrays.sort(births);
        childId = new String[n];
        childBirth = new LocalDate[n];
        childMale = new boolean[n];
        childPosyandu = new int[n];
        zWeight = new double[n];
        zHeight = new double[n];
        kia = new boolean[n];
        lastMonth = new int[n];
        lastGrams = new int[n];
        lastNt = new char[n];
        Arrays.fill(lastMonth, Integer.MIN_VALUE);
        double[] cumulative = new double[posyandu.size()];
        double total = 0;
        for (int p = 0; p < posyandu.size(); p++) {
            total += posyandu.get(p).size();
            cumulative[p] = total;
        }
        // mothers per Posyandu, so a second child may join its older sibling's mother
        List<List<Mother>> mothers = new ArrayList<>();
        for (int p = 0; p < posyandu.size(); p++) {
            mothers.add(new ArrayList<>());
        }
        String sql = "INSERT INTO warga (id, nik, no_kk, nama, nama_kunci, jenis_kelamin, tanggal_lahir, desa_kode, rt, rw,"
                + " alamat, posyandu_id, ibu_id, hpht, peringatan, dibuat, diubah, versi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, 1)";
        int rows = 0;
        int pending = 0;
        LocalDate sNoNik = end.minusMonths(12);
        try (PreparedStatement w = c.prepareStatement(sql);
                PreparedStatement b = c.prepareStatement("INSERT INTO kes_balita (id, posyandu_id, warga_id, tanggal, periode,"
                        + " form_versi, dibuat, dibuat_oleh, punya_buku_kia, berat_lahir_kg, panjang_lahir_cm, nama_orang_tua, bblr)"
                        + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                LocalDate birth = LocalDate.ofEpochDay(births[i]);
                double r = rnd.nextDouble() * total;
                int p = Arrays.binarySearch(cumulative, r);
                p = Math.min(posyandu.size() - 1, p < 0 ? -p - 1 : p);
                Posyandu py = posyandu.get(p);
                String kec = py.desa().substring(0, 8).replace(".", "");
                String rt = String.format("%03d", 1 + rnd.nextInt(12));
                String rw = String.format("%03d", 1 + rnd.nextInt(8));
                // a mother with an older child here (at least 15 months before), else a new one
                Mother mother = null;
                List<Mother> here = mothers.get(p);
                if (!here.isEmpty() && rnd.nextDouble() < 0.25) {
                    Mother m = here.get(rnd.nextInt(here.size()));
                    if (ChronoUnit.MONTHS.between(childBirth[m.index()], birth) >= 15) {
                        mother = m;
                    }
                }
                if (mother == null) {
                    int age = 18 + (int) Math.min(24, Math.abs(rnd.nextGaussian() * 7 + 9));
                    LocalDate mBirth = birth.minusYears(age).minusDays(rnd.nextInt(365));
                    String kk = nextKk(kec);
                    String nama = pick(Names.FEMALE) + " " + pick(Names.FEMALE_2);
                    mother = new Mother(i, UUID.randomUUID().toString(), mBirth, kk);
                    here.add(mother);
                    bindWarga(w, mother.id(), nik(kec, mBirth, false), kk, nama, "P", mBirth, py, rt, rw, null,
                            Timestamp.valueOf(birth.minusMonths(2).atTime(9, 0)));
                    w.addBatch();
                    rows++;
                    pending++;
                }
                boolean male = rnd.nextBoolean();
                String nama = (male ? pick(Names.MALE) : pick(Names.FEMALE)) + " " + (male ? pick(Names.MALE_2) : pick(Names.FEMALE_2));
                // a fifth of babies under one year have no NIK yet (registered with the mother's record)
                String nik = birth.isAfter(sNoNik) && rnd.nextDouble() < 0.2 ? null : nik(kec, birth, male);
                String id = UUID.randomUUID().toString();
                LocalDate first = nextDay(py, birth.plusDays(3));
                bindWarga(w, id, nik, mother.kk(), nama, male ? "L" : "P", birth, py, rt, rw, mother.id(),
                        Timestamp.valueOf(first.atTime(9, 0)));
                w.addBatch();
                rows++;
                pending++;
                childId[i] = id;
                childBirth[i] = birth;
                childMale[i] = male;
                childPosyandu[i] = p;
                // own z-scores, TB/U and BB/U correlated (0.72): about SSGI 2022's 21.6 % stunting, 7.7 % wasting, 17.1 % underweight
                double g = rnd.nextGaussian();
                zHeight[i] = clamp(-1.15 + 1.1 * g, -4.5, 3.5);
                zWeight[i] = clamp(-1.0 + 1.05 * (0.72 * g + 0.694 * rnd.nextGaussian()), -4.5, 3.5);
                kia[i] = rnd.nextDouble() < 0.88;
                // kesehatan.balita at the first Posyandu day after birth
                double bw = clamp(3.1 + 0.45 * rnd.nextGaussian(), 1.5, 4.8);
                b.setString(1, UUID.randomUUID().toString());
                b.setString(2, py.id());
                b.setString(3, id);
                b.setDate(4, Date.valueOf(first));
                b.setString(5, YearMonth.from(first).toString());
                b.setTimestamp(6, Timestamp.valueOf(first.atTime(9, 30)));
                b.setString(7, "kader." + p);
                b.setBoolean(8, kia[i]);
                b.setBigDecimal(9, BigDecimal.valueOf(Math.round(bw * 10) / 10.0));
                b.setBigDecimal(10, BigDecimal.valueOf(Math.round(clamp(48.5 + 2.2 * rnd.nextGaussian(), 40, 56) * 10) / 10.0));
                b.setString(11, "Ibu " + nama.split(" ")[0]);
                b.setBoolean(12, Math.round(bw * 10) / 10.0 < 2.5);
                b.addBatch();
                pending++;
                if (birth.isAfter(sBorn) && !birth.isAfter(end)) {
                    expected[0]++;
                    if (kia[i] && !first.isAfter(end)) {
                        expected[1]++;
                    }
                }
                if (pending >= COMMIT_EVERY) {
                    w.executeBatch();
                    b.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            w.executeBatch();
            b.executeBatch();
            c.commit();
        }
        return rows;
    }

    private void bindWarga(PreparedStatement w, String id, String nik, String kk, String nama, String jk, LocalDate lahir,
            Posyandu py, String rt, String rw, String ibu, Timestamp dibuat) throws SQLException {
        w.setString(1, id);
        w.setString(2, nik);
        w.setString(3, kk);
        w.setString(4, nama);
        w.setString(5, nama.toLowerCase(Locale.ROOT));
        w.setString(6, jk);
        w.setDate(7, Date.valueOf(lahir));
        w.setString(8, py.desa());
        w.setString(9, rt);
        w.setString(10, rw);
        w.setString(11, "Dusun " + pick(Names.DUSUN));
        w.setString(12, py.id());
        w.setString(13, ibu);
        w.setTimestamp(14, dibuat);
        w.setTimestamp(15, dibuat);
    }

    /** Digits 1–6 the kecamatan, 7–12 DDMMYY (+40 for women), 13–16 a serial from 0001, unique. */
    private String nik(String kec, LocalDate birth, boolean male) {
        String prefix = kec + String.format("%02d%02d%02d", birth.getDayOfMonth() + (male ? 0 : 40), birth.getMonthValue(),
                birth.getYear() % 100);
        int serial = nikSerial.merge(prefix, 1, Integer::sum);
        return prefix + String.format("%04d", serial);
    }

    private String nextKk(String kec) {
        kkSerial++;
        return kec + String.format("%06d%04d", kkSerial / 9999, kkSerial % 9999 + 1);
    }

    /** The Posyandu's day in the month of {@code from}, or the next month's if it has passed. */
    private static LocalDate nextDay(Posyandu p, LocalDate from) {
        LocalDate d = YearMonth.from(from).atDay(Math.min(p.day(), YearMonth.from(from).lengthOfMonth()));
        if (d.isBefore(from)) {
            YearMonth next = YearMonth.from(from).plusMonths(1);
            d = next.atDay(Math.min(p.day(), next.lengthOfMonth()));
        }
        return d;
    }

    private long insertWeighings() throws SQLException {
        String sql = "INSERT INTO kes_penimbangan (id, posyandu_id, warga_id, tanggal, periode, form_versi, dibuat, dibuat_oleh,"
                + " berat_kg, panjang_tinggi_cm, cara_ukur, lingkar_kepala_cm, lila_cm, vitamin_a, pmt_diterima, pmt_kg,"
                + " umur_bulan, z_bb_u, z_tb_u, z_bb_tb, z_imt_u, status_bb_u, status_tb_u, status_bb_tb, naik_berat_badan,"
                + " dua_t, perlu_rujukan) VALUES (?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long rows = 0;
        int pending = 0;
        double[] drift = new double[childId.length];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int m = 0; m < months; m++) {
                long monthStart = System.nanoTime();
                long monthRows = 0;
                YearMonth ym = last.minusMonths(months - 1 - m);
                String periode = ym.toString();
                boolean vitaminA = ym.getMonthValue() == 2 || ym.getMonthValue() == 8;
                for (int i = 0; i < childId.length; i++) {
                    Posyandu py = posyandu.get(childPosyandu[i]);
                    LocalDate day = ym.atDay(Math.min(py.day(), ym.lengthOfMonth()));
                    LocalDate birth = childBirth[i];
                    long ageMonths = ChronoUnit.MONTHS.between(birth, day);
                    int ageDays = (int) ChronoUnit.DAYS.between(birth, day);
                    if (ageDays < 3 || ageMonths >= 60 || rnd.nextDouble() >= hadir) {
                        continue;
                    }
                    drift[i] = 0.8 * drift[i] + 0.2 * rnd.nextGaussian();
                    double kg = Math.max(0.5, Math.round(wfa.value(childMale[i], ageDays, zWeight[i] + drift[i]) * 10) / 10.0);
                    Double cm = null;
                    Position position = null;
                    if (vitaminA || rnd.nextDouble() < 0.3) {
                        double z = zHeight[i] + 0.12 * rnd.nextGaussian();
                        cm = clamp(Math.round(lhfa.value(childMale[i], ageDays, z) * 10) / 10.0, 35, 130);
                        position = ageDays < 731 ? Position.RECUMBENT : Position.STANDING;
                    }
                    Assessment a = Anthropometry.assess(new Measurement(childMale[i] ? Sex.MALE : Sex.FEMALE, birth, day, kg,
                            cm, position, null, false));
                    // N/T/O/B and 2T exactly as KesehatanModule.growth: against the last weighing of an earlier month
                    int grams = (int) Math.round(kg * 1000);
                    char nt;
                    if (lastMonth[i] == Integer.MIN_VALUE) {
                        nt = 'B';
                    } else if (lastMonth[i] != m - 1) {
                        nt = 'O';
                    } else {
                        nt = grams - lastGrams[i] >= minimumGainGrams(ageMonths) ? 'N' : 'T';
                    }
                    boolean twoT = nt == 'T' && lastNt[i] == 'T' && lastMonth[i] == m - 1;
                    String bbU = a.status().bbU();
                    String tbU = a.status().tbU();
                    String bbTb = a.status().bbTb();
                    boolean refer = twoT || "gizi_buruk".equals(bbTb) || "gizi_kurang".equals(bbTb) || "sangat_pendek".equals(tbU)
                            || "pendek".equals(tbU) || "sangat_kurang".equals(bbU);
                    boolean underweight = "kurang".equals(bbU) || "sangat_kurang".equals(bbU);
                    boolean pmt = rnd.nextDouble() < (underweight || "gizi_kurang".equals(bbTb) || "gizi_buruk".equals(bbTb) ? 0.6 : 0.03);
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, py.id());
                    ps.setString(3, childId[i]);
                    ps.setDate(4, Date.valueOf(day));
                    ps.setString(5, periode);
                    ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.of(day, java.time.LocalTime.of(8, 0)).plusSeconds(rnd.nextInt(4 * 3600))));
                    ps.setString(7, "kader." + childPosyandu[i]);
                    ps.setBigDecimal(8, BigDecimal.valueOf(kg));
                    ps.setBigDecimal(9, cm == null ? null : BigDecimal.valueOf(cm));
                    ps.setString(10, position == null ? null : position == Position.RECUMBENT ? "terlentang" : "berdiri");
                    ps.setString(11, !vitaminA || ageMonths < 6 ? "tidak" : ageMonths < 12 ? "biru" : "merah");
                    ps.setBoolean(12, pmt);
                    ps.setBigDecimal(13, pmt ? BigDecimal.valueOf(1 + rnd.nextInt(5) * 0.5) : null);
                    ps.setLong(14, Math.min(60, ageMonths));
                    setZ(ps, 15, a.wfa());
                    setZ(ps, 16, a.lhfa());
                    setZ(ps, 17, a.wflh());
                    setZ(ps, 18, a.bfa());
                    ps.setString(19, bbU);
                    ps.setString(20, tbU);
                    ps.setString(21, bbTb);
                    ps.setString(22, String.valueOf(nt));
                    ps.setBoolean(23, twoT);
                    ps.setBoolean(24, refer);
                    ps.addBatch();
                    lastMonth[i] = m;
                    lastGrams[i] = grams;
                    lastNt[i] = nt;
                    rows++;
                    monthRows++;
                    if (++pending >= COMMIT_EVERY) {
                        ps.executeBatch();
                        c.commit();
                        pending = 0;
                    }
                    if (m == months - 1) {
                        long[] e = expected;
                        e[2]++;
                        e["NTOB".indexOf(nt) + 3]++;
                        e[7] += twoT ? 1 : 0;
                        e[8] += tbU == null ? 0 : 1;
                        e[9] += "pendek".equals(tbU) || "sangat_pendek".equals(tbU) ? 1 : 0;
                        e[10] += bbTb == null ? 0 : 1;
                        e[11] += "gizi_kurang".equals(bbTb) || "gizi_buruk".equals(bbTb) ? 1 : 0;
                        e[12] += bbU == null ? 0 : 1;
                        e[13] += underweight ? 1 : 0;
                    }
                }
                ps.executeBatch();
                c.commit();
                pending = 0;
                System.out.printf("  %s: %,d weighings in %.1f s%n", periode, monthRows, (System.nanoTime() - monthStart) / 1e9);
            }
        }
        return rows;
    }

    private static void setZ(PreparedStatement ps, int i, Double z) throws SQLException {
        ps.setBigDecimal(i, z == null ? null : BigDecimal.valueOf(z));
    }

    /** KesehatanModule.minimumGainGrams (KMS, Permenkes 155/2010). */
    static int minimumGainGrams(long ageMonths) {
        int[] byMonth = { 800, 800, 900, 800, 600, 500, 400, 300, 300, 300, 300 };
        return ageMonths < byMonth.length ? byMonth[(int) Math.max(0, ageMonths)] : 200;
    }

    // ---------------------------------------------------------------------------------------------- statistics

    void updateStatistics() throws SQLException {
        String schema = schemaOf("KES_PENIMBANGAN");
        try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
            for (String t : TABLES) {
                long s = System.nanoTime();
                ps.setString(1, schema);
                ps.setString(2, t);
                ps.execute();
                c.commit();
                System.out.printf("  SYSCS_UPDATE_STATISTICS %s.%s: %.1f s%n", schema, t, (System.nanoTime() - s) / 1e9);
            }
        }
    }

    /** Empties kes_skdn_bulanan: the report counts every Posyandu again on its next call. */
    void dropKeptFigures() throws SQLException {
        try (Statement st = c.createStatement()) {
            int rows = st.executeUpdate("DELETE FROM kes_skdn_bulanan");
            c.commit();
            System.out.printf("  SKDN figures kept by the report dropped: %,d rows%n", rows);
        }
    }

    void printStatistics(String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.tablename, COUNT(*), MAX(s.creationtimestamp)"
                + " FROM sys.systables t JOIN sys.sysstatistics s ON s.tableid = t.tableid"
                + " WHERE t.tablename IN ('POSYANDU', 'WARGA', 'KES_BALITA', 'KES_PENIMBANGAN') GROUP BY t.tablename");
                ResultSet rs = ps.executeQuery()) {
            StringBuilder b = new StringBuilder(label + ":");
            boolean any = false;
            while (rs.next()) {
                any = true;
                b.append(String.format(" %s %d rows (newest %s);", rs.getString(1), rs.getLong(2), rs.getTimestamp(3)));
            }
            System.out.println(any ? b : b + " none (no SYSSTATISTICS rows for the report's tables)");
        }
    }

    private String schemaOf(String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.schemaname FROM sys.systables t JOIN sys.sysschemas s"
                + " ON s.schemaid = t.schemaid WHERE t.tablename = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no table " + table);
                }
                return rs.getString(1);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- the SQL alone

    /**
     * The three counting statements of SkdnReport (copied; keep in step) for a wilayah, each run 10 times over JDBC
     * in this JVM: what counting every Posyandu of the area afresh costs in Derby, without HTTP, token, audit, JSON
     * and the kept figures. K with the hash-join hint for a kabupaten, as SkdnReport asks it.
     */
    void timeQueries(String kode, YearMonth month) throws SQLException {
        String area = kode.length() == 13 ? "p.desa_kode = ?" : "p.desa_kode LIKE ?";
        String param = kode.length() == 13 ? kode : kode + ".%";
        Date end = Date.valueOf(month.atEndOfMonth());
        Date born = Date.valueOf(month.atEndOfMonth().minusMonths(60));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("weighings", """
                SELECT k.posyandu_id, COUNT(*),
                  SUM(CASE WHEN k.naik_berat_badan = 'N' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN k.naik_berat_badan = 'T' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN k.naik_berat_badan = 'O' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN k.naik_berat_badan = 'B' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN k.dua_t THEN 1 ELSE 0 END),
                  SUM(CASE WHEN k.status_tb_u IS NULL THEN 0 ELSE 1 END),
                  SUM(CASE WHEN k.status_tb_u IN ('pendek', 'sangat_pendek') THEN 1 ELSE 0 END),
                  SUM(CASE WHEN k.status_bb_tb IS NULL THEN 0 ELSE 1 END),
                  SUM(CASE WHEN k.status_bb_tb IN ('gizi_kurang', 'gizi_buruk') THEN 1 ELSE 0 END),
                  SUM(CASE WHEN k.status_bb_u IS NULL THEN 0 ELSE 1 END),
                  SUM(CASE WHEN k.status_bb_u IN ('kurang', 'sangat_kurang') THEN 1 ELSE 0 END)
                FROM posyandu p JOIN kes_penimbangan k ON k.posyandu_id = p.id
                WHERE k.periode = ? AND %s
                GROUP BY k.posyandu_id""".formatted(area));
        queries.put("balita (S)", """
                SELECT w.posyandu_id, COUNT(*)
                FROM posyandu p JOIN warga w ON w.posyandu_id = p.id
                WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ? AND %s
                GROUP BY w.posyandu_id""".formatted(area));
        String k = """
                SELECT w.posyandu_id, COUNT(*)
                FROM posyandu p JOIN warga w ON w.posyandu_id = p.id
                WHERE w.tanggal_lahir > ? AND w.tanggal_lahir <= ?
                  AND w.id IN (SELECT b.warga_id FROM kes_balita b%s
                               WHERE b.punya_buku_kia = TRUE AND b.tanggal <= ?)
                  AND %s
                GROUP BY w.posyandu_id""";
        queries.put("K", k.formatted(kode.length() <= 5 ? " --DERBY-PROPERTIES joinStrategy=HASH, index=kes_balita_kia\n" : "",
                area));
        Map<String, String> constraints = constraintNames();
        c.setReadOnly(true);
        for (Map.Entry<String, String> q : queries.entrySet()) {
            long[] ns = new long[10];
            long sum = 0;
            int groups = 0;
            String plan = null;
            for (int r = 0; r <= ns.length; r++) {
                if (r == ns.length) { // one more run for the plan, compiled with Derby's runtime statistics on
                    try (Statement s = c.createStatement()) {
                        s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                    }
                }
                // prepared again each run, as SkdnReport does (Derby finds it in its statement cache)
                try (PreparedStatement ps = c.prepareStatement(q.getValue())) {
                    if (q.getKey().equals("weighings")) {
                        ps.setString(1, month.toString());
                        ps.setString(2, param);
                    } else {
                        ps.setDate(1, born);
                        ps.setDate(2, end);
                        if (q.getKey().equals("K")) { // ... b.tanggal <= ? AND area
                            ps.setDate(3, end);
                            ps.setString(4, param);
                        } else {
                            ps.setString(3, param);
                        }
                    }
                    long s = System.nanoTime();
                    sum = 0;
                    groups = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sum += rs.getLong(2);
                            groups++;
                        }
                    }
                    if (r < ns.length) {
                        ns[r] = System.nanoTime() - s;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    plan = rs.getString(1);
                }
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            }
            long first = ns[0];
            Arrays.sort(ns);
            System.out.printf("  %-12s %-13s %,7d in %4d groups: first run %6.1f ms, then median %6.1f ms, min %6.1f ms; plan: %s%n",
                    q.getKey(), kode, sum, groups, first / 1e6, ns[ns.length / 2] / 1e6, ns[0] / 1e6, summarise(plan, constraints));
        }
    }

    /** Constraint index name → "PK TABLE" or "FK TABLE→REFERENCED", to read the plans. */
    private Map<String, String> constraintNames() throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT c.constraintname, c.type, t.tablename, rt.tablename FROM sys.sysconstraints c"
                        + " JOIN sys.systables t ON t.tableid = c.tableid"
                        + " LEFT JOIN sys.sysforeignkeys f ON f.constraintid = c.constraintid"
                        + " LEFT JOIN sys.sysconstraints rc ON rc.constraintid = f.keyconstraintid"
                        + " LEFT JOIN sys.systables rt ON rt.tableid = rc.tableid")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2).equals("F") ? "FK→" + rs.getString(4) : rs.getString(2).equals("P") ? "PK" : "UNIQUE");
            }
        }
        return names;
    }

    /** The access paths of a runtime-statistics text on one line, outermost first. */
    private static String summarise(String plan, Map<String, String> constraints) {
        List<String> out = new ArrayList<>();
        Pattern scan = Pattern.compile("(Index|Table|Hash) Scan ResultSet for (\\w+)(?: using (index|constraint) (\\S+))?");
        Pattern fetch = Pattern.compile("Index Row to Base Row ResultSet for (\\w+)");
        Pattern visited = Pattern.compile("Number of rows visited=(\\d+)");
        for (String line : plan.split("\n")) {
            String t = line.trim();
            Matcher m;
            if (t.startsWith("Hash Join") || t.startsWith("Nested Loop Join") || t.contains("Exists Join") || t.startsWith("Any ResultSet")) {
                out.add(t.replace(" ResultSet", "").replace(":", ""));
            } else if (t.startsWith("Sort information")) {
                out.add("sort");
            } else if ((m = fetch.matcher(t)).find()) {
                out.add("fetch " + m.group(1) + " rows");
            } else if ((m = scan.matcher(t)).find()) {
                String index = m.group(4) == null ? "" : " by " + (m.group(3).equals("constraint")
                        ? constraints.getOrDefault(m.group(4), m.group(4)) + " index" : m.group(4));
                out.add(m.group(1).toLowerCase(Locale.ROOT) + " scan " + m.group(2) + index);
            } else if ((m = visited.matcher(t)).find() && !out.isEmpty() && out.get(out.size() - 1).contains(" scan ")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " (" + String.format("%,d", Long.parseLong(m.group(1))) + " rows)");
            }
        }
        return String.join(" > ", out);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** One WHO LMS table by age in days (the CSVs inside org.posyandu.anthro), inverted: the value at a z-score. */
    record Lms(double[][] l, double[][] m, double[][] s) {
        static Lms load(String name) {
            double[][] l = new double[2][1857];
            double[][] m = new double[2][1857];
            double[][] s = new double[2][1857];
            try (InputStream in = Anthropometry.class.getResourceAsStream("who2006/" + name);
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.readLine();
                for (String line; (line = r.readLine()) != null;) {
                    String[] f = line.split(",");
                    int sex = Integer.parseInt(f[0]) - 1;
                    int day = Integer.parseInt(f[1]);
                    l[sex][day] = Double.parseDouble(f[2]);
                    m[sex][day] = Double.parseDouble(f[3]);
                    s[sex][day] = Double.parseDouble(f[4]);
                }
            } catch (Exception e) {
                throw new IllegalStateException("WHO table " + name + " (put org.posyandu.anthro on the class path)", e);
            }
            return new Lms(l, m, s);
        }

        /** M·(1 + L·S·z)^(1/L). */
        double value(boolean male, int ageDays, double z) {
            int sex = male ? 0 : 1;
            double lv = l[sex][ageDays];
            return m[sex][ageDays] * Math.pow(1 + lv * s[sex][ageDays] * z, 1 / lv);
        }
    }

    static final class Names {
        static final String[] POSYANDU = { "Mawar", "Melati", "Anggrek", "Kenanga", "Dahlia", "Cempaka", "Flamboyan",
                "Teratai", "Seruni", "Bougenville", "Kamboja", "Asoka", "Tulip", "Sakura", "Edelweis", "Lily", "Nusa Indah",
                "Srikandi", "Kartini", "Harapan", "Sejahtera", "Bina Sehat", "Tunas Harapan", "Delima", "Manggis",
                "Rambutan", "Pelangi", "Bintang", "Cendana", "Matahari", "Kasih Ibu", "Permata", "Lestari", "Bakti" };
        static final String[] DUSUN = { "Krajan", "Sumber", "Ngemplak", "Kedungsari", "Sidomulyo", "Tegalrejo",
                "Karanganyar", "Mojosari", "Wonosari", "Sukorejo", "Banjarsari", "Jatirejo", "Kebonagung", "Ngrandu" };
        static final String[] MALE = { "Muhammad", "Ahmad", "Rizky", "Dimas", "Bagas", "Fajar", "Arif", "Aditya",
                "Raka", "Galih", "Yusuf", "Ilham", "Akbar", "Farhan", "Naufal", "Rafi", "Alif", "Daffa", "Zidan", "Kevin" };
        static final String[] MALE_2 = { "Pratama", "Saputra", "Ramadhan", "Hidayat", "Setiawan", "Nugroho",
                "Firmansyah", "Maulana", "Wijaya", "Kurniawan", "Santoso", "Prasetyo", "Hakim", "Syahputra" };
        static final String[] FEMALE = { "Siti", "Nur", "Dewi", "Putri", "Ayu", "Aisyah", "Zahra", "Nabila", "Anisa",
                "Sri", "Rina", "Fitri", "Indah", "Wulan", "Aulia", "Salsabila", "Kirana", "Alya", "Tiara", "Nadia" };
        static final String[] FEMALE_2 = { "Rahmawati", "Lestari", "Wahyuni", "Handayani", "Puspitasari", "Kurniasih",
                "Safitri", "Maharani", "Azzahra", "Ramadhani", "Anggraini", "Permatasari", "Utami", "Aminah" };
    }
}
