package org.jiceng.platform.grid.api;

import jakarta.ws.rs.core.MediaType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jiceng.platform.shared.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grid files crafted to exhaust memory are refused, and reading them keeps the heap flat. */
class GridFileBombTest {
    private static final MediaType XLSX = MediaType.valueOf(GridFileReader.XLSX);

    /** A valid header, then 20,000 rows each holding one cell in column XFD (the sheet's last). */
    static byte[] farColumnWorkbook() throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("grids");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("name");
            header.createCell(2).setCellValue("level");
            for (int r = 1; r <= 20_000; r++) {
                sheet.createRow(r).createCell(16_383).setCellValue("x");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aCellInTheLastColumnOnEveryRowCostsNothing() throws IOException {
        byte[] bomb = farColumnWorkbook();
        assertTrue(bomb.length < 400_000, "small on the wire: " + bomb.length);
        GridFileReader.Parsed parsed = GridFileReader.read(bomb, XLSX);
        assertEquals(0, parsed.rows().size());
        assertEquals(0, parsed.errors().size(), "the far cells are outside the columns read; the rows are blank");
    }

    @Test
    void aSheetThatInflatesFarBeyondItsSizeIsTooLarge() throws IOException {
        Path normal = Files.createTempFile("normal-", ".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Files.write(normal, farColumnWorkbook());
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(normal.toFile());
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    byte[] content = in.getInputStream(e).readAllBytes();
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int at = xml.indexOf("<sheetData>");
                        // 300 MB of whitespace inside the sheet compresses to a few hundred kilobytes
                        zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1 << 20];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < 300; i++) {
                            zip.write(spaces);
                        }
                        zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(normal);
        }
        ProblemException e = assertThrows(ProblemException.class, () -> GridFileReader.read(out.toByteArray(), XLSX));
        assertEquals(413, e.problem().status());
    }

    @Test
    void aCsvOfTooManyRowsIsTooLarge() {
        StringBuilder csv = new StringBuilder("code,name,level\n");
        for (int i = 0; i <= GridFileReader.MAX_ROWS; i++) {
            csv.append("320571,x,STREET\n");
        }
        ProblemException e = assertThrows(ProblemException.class, () -> GridFileReader.read(
                csv.toString().getBytes(StandardCharsets.UTF_8), MediaType.valueOf("text/csv")));
        assertEquals(413, e.problem().status());
    }

    /** Reads the far-column workbook in a JVM with a 48 MB heap: it must finish, not run out of memory. */
    @Test
    void theWorkbookReadsInASmallHeap() throws Exception {
        Path file = Files.createTempFile("bomb-", ".xlsx");
        try {
            Files.write(file, farColumnWorkbook());
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx48m", "-cp", System.getProperty("java.class.path"), SmallHeapReader.class.getName(),
                    file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("rows=0"), output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The child JVM of {@link #theWorkbookReadsInASmallHeap}. */
    public static final class SmallHeapReader {
        public static void main(String[] args) throws IOException {
            GridFileReader.Parsed parsed = GridFileReader.read(Files.readAllBytes(Path.of(args[0])), XLSX);
            System.out.println("rows=" + parsed.rows().size());
        }
    }
}
