package io.mltrainer.runtimes;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/** The shared public data sets, and small data made for a test: a seasonal series, tiny images. */
final class TestData {
    private TestData() {}

    /** {@code ../shared/data/NAME} above the working directory. */
    static Path shared(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared data set " + name + " not found");
    }

    /** Monthly values: a trend, a yearly cycle and noise. */
    static Path seasonalSeries(Path dir, int months) {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("month,sales\n");
        LocalDate start = LocalDate.of(2010, 1, 1);
        for (int t = 0; t < months; t++) {
            double value = 100 + 0.5 * t + 10 * Math.sin(2 * Math.PI * t / 12) + random.nextGaussian() * 1.5;
            csv.append(start.plusMonths(t))
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.2f", value))
                    .append('\n');
        }
        return write(dir.resolve("sales.csv"), csv.toString());
    }

    /**
     * Daily weather as in the Seattle weather table: a date, measurements and the kind of weather as text (rain when
     * it rains a lot, snow when it is also cold, drizzle for a little, sun otherwise).
     */
    static Path weatherLike(Path dir, int days) {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("date,precipitation,temp_max,temp_min,wind,weather\n");
        LocalDate start = LocalDate.of(2012, 1, 1);
        for (int t = 0; t < days; t++) {
            LocalDate day = start.plusDays(t);
            double season = Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.25);
            double tempMax = 15 - 10 * season + random.nextGaussian() * 3;
            double rain = Math.max(0, -Math.log(1 - random.nextDouble()) * 3 * (season + 1.2));
            String weather = rain > 5 ? (tempMax < 6 ? "snow" : "rain") : rain > 1 ? "drizzle" : "sun";
            csv.append(day)
                    .append(String.format(
                            Locale.ROOT,
                            ",%.1f,%.1f,%.1f,%.1f,",
                            rain,
                            tempMax,
                            tempMax - 4 - random.nextDouble() * 4,
                            1 + random.nextDouble() * 5))
                    .append(weather)
                    .append('\n');
        }
        return write(dir.resolve("seattle-like-weather.csv"), csv.toString());
    }

    /** {@code <colour>/<n>.png}: 16×16 images of a noisy red, green or blue. */
    static Path colourFolders(Path dir, int perClass) {
        Random random = new Random(11);
        int[][] colours = {{200, 40, 40}, {40, 180, 60}, {40, 60, 200}};
        String[] names = {"red", "green", "blue"};
        for (int c = 0; c < colours.length; c++) {
            for (int i = 0; i < perClass; i++) {
                png(dir.resolve(names[c]).resolve(i + ".png"), colours[c], 30, random);
            }
        }
        return dir;
    }

    /** Grey images beside a metadata.csv of their brightness (0–100). */
    static Path brightnessImages(Path dir, int count) {
        Random random = new Random(13);
        StringBuilder csv = new StringBuilder("file_name,brightness\n");
        for (int i = 0; i < count; i++) {
            int level = 20 + random.nextInt(200);
            png(dir.resolve(i + ".png"), new int[] {level, level, level}, 10, random);
            csv.append(i)
                    .append(".png,")
                    .append(String.format(Locale.ROOT, "%.2f", level / 2.55))
                    .append('\n');
        }
        write(dir.resolve("metadata.csv"), csv.toString());
        return dir;
    }

    private static void png(Path file, int[] rgb, double noise, Random random) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                int r = clamp(rgb[0] + random.nextGaussian() * noise);
                int g = clamp(rgb[1] + random.nextGaussian() * noise);
                int b = clamp(rgb[2] + random.nextGaussian() * noise);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
