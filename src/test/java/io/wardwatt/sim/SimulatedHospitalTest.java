package io.wardwatt.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.acquisition.DeviceList;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.plant.ChillerCurveSetReader;
import io.wardwatt.sim.hospital.ImagingDevice;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.SyntheticClimate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedHospitalTest {

    static SimulatedHospital hospitalAt(LocalDateTime local) {
        HospitalSettings settings = new HospitalSettings(ChillerCurveSetReader.readDirectory(Path.of("chiller-models/chillers")),
                new SyntheticClimate(ClimateNormals.SHANGHAI, 42), 42, Duration.ofMinutes(10), 8_000, HospitalSettings.SHANGHAI);
        return new SimulatedHospital(settings, local.atZone(HospitalSettings.SHANGHAI).toInstant());
    }

    @Test
    void aSummerWeekdayRunsFiveChillersAtItsPeakAndTheIncomersCarryTheSum() {
        SimulatedHospital hospital = hospitalAt(LocalDateTime.of(2025, 7, 21, 0, 0));
        int mostRunning = 0;
        double batteryLowest = 100;
        for (int minute = 1; minute <= 24 * 60; minute++) {
            hospital.advanceTo(hospital.now().plusSeconds(60));
            mostRunning = Math.max(mostRunning, (int) hospital.plant().chillers().stream().filter(c -> c.running()).count());
            batteryLowest = Math.min(batteryLowest, hospital.battery().stateOfChargePercent());
            double imaging = hospital.imaging().stream().mapToDouble(ImagingDevice::powerKw).sum();
            double expected = hospital.plant().electricKw() + hospital.load().buildingElectricKw() + imaging - hospital.pv().powerKw()
                    - hospital.battery().powerKw();
            assertEquals(expected, hospital.incomers().kw(1) + hospital.incomers().kw(2), 1e-6);
            assertEquals(hospital.load().coolingKw(), hospital.plant().deliveredKw(), 1e-6, "load met at " + hospital.now());
        }
        assertTrue(mostRunning >= 4 && mostRunning <= 5, "peak chillers " + mostRunning);
        assertTrue(batteryLowest >= 85.0 - 1e-9, "the emergency reserve is kept: " + batteryLowest);
        assertTrue(batteryLowest < 99, "a small daily cycle: " + batteryLowest);
    }

    @Test
    void theElectricitySubMeterCountsWhatThePlantDraws() {
        SimulatedHospital hospital = hospitalAt(LocalDateTime.of(2025, 7, 22, 10, 0));
        double kwh = hospital.plant().electricityKwh();
        double sum = 0;
        for (int s = 0; s < 600; s++) {
            hospital.advanceTo(hospital.now().plusSeconds(1));
            sum += hospital.plant().electricKw() / 3600;
        }

        assertEquals(sum, hospital.plant().electricityKwh() - kwh, 1e-6);
    }

    @Test
    void pvProducesAtNoonNotAtNightAndBelowItsRating() {
        SimulatedHospital noon = hospitalAt(LocalDateTime.of(2025, 5, 10, 12, 0));
        SimulatedHospital night = hospitalAt(LocalDateTime.of(2025, 5, 10, 23, 0));

        assertTrue(noon.pv().powerKw() > 100 && noon.pv().powerKw() <= 440, "" + noon.pv().powerKw());
        assertEquals(0, night.pv().powerKw());
    }

    @Test
    void mri2DrawsMoreThanFifteenPercentAboveItsRatedStandbyAtNight() {
        SimulatedHospital night = hospitalAt(LocalDateTime.of(2025, 3, 12, 2, 0));
        ImagingDevice mri1 = night.imaging().get(0);
        ImagingDevice mri2 = night.imaging().get(1);

        assertEquals(ImagingDevice.STANDBY, mri2.state());
        assertTrue(mri2.powerKw() > 1.15 * mri2.spec().ratedStandbyKw(), "" + mri2.powerKw());
        assertEquals(mri1.spec().ratedStandbyKw(), mri1.powerKw(), 1e-9);
    }

    @Test
    void imagingScansInClinicHoursAndTheEmergencyCtStaysReadyAtNight() {
        SimulatedHospital hospital = hospitalAt(LocalDateTime.of(2025, 3, 12, 7, 0));
        int scanningSlots = 0;
        for (int minute = 0; minute < 10 * 60; minute++) {
            hospital.advanceTo(hospital.now().plusSeconds(60));
            scanningSlots += (int) hospital.imaging().stream().filter(d -> d.state() == ImagingDevice.SCANNING).count();
        }
        SimulatedHospital night = hospitalAt(LocalDateTime.of(2025, 3, 12, 3, 0));

        assertTrue(scanningSlots > 600, "scans in ten clinic hours: " + scanningSlots);
        assertTrue(night.imaging().get(2).state() != ImagingDevice.STANDBY, "CT1 is the emergency CT");
    }

    @Test
    void devicesShowTheirValuesByTemplatePointName() {
        SimulatedHospital hospital = hospitalAt(LocalDateTime.of(2025, 7, 22, 14, 0));
        HospitalDevices devices = new HospitalDevices(hospital);

        Map<String, Double> ch1 = devices.device("CH1").orElseThrow().values(hospital.now());
        assertEquals(1.0, ch1.get("RUN"));
        assertEquals(7.0, ch1.get("CHWST"), 0.1);
        assertEquals(7.0, ch1.get("CHWST_SP"));
        assertTrue(ch1.get("CHWRT") > ch1.get("CHWST") && ch1.get("CDWLT") > ch1.get("CDWET"));
        assertTrue(devices.device("CH1").orElseThrow().writablePoints().containsAll(java.util.Set.of("ENABLE", "CHWST_SP", "HEARTBEAT")));
        assertEquals(hospital.incomers().kwh(1), devices.device("INC1").orElseThrow().values(hospital.now()).get("KWH"));
        assertTrue(devices.device("SCHWP-Z3-4").isPresent() && devices.device("PCHWP6").isPresent() && devices.device("CWP1").isPresent());
        assertEquals(24, devices.all().keySet().stream().filter(code -> code.contains("WP")).count());
    }

    @Test
    void theDemoWeatherStationHasAValueForEveryPointOfItsTemplateFromTheWeather() {
        SimulatedHospital hospital = hospitalAt(LocalDateTime.of(2025, 7, 22, 14, 0));
        DeviceList.ConfiguredDevice demo = DeviceList.readFile(Path.of("deploy/demo/devices.yaml")).resolve(TemplateCatalog.load(List.of())).stream()
                .filter(d -> d.config().code().equals("WX")).findFirst().orElseThrow();
        Map<String, Double> values = new HospitalDevices(hospital).device("WX").orElseThrow().values(hospital.now());

        assertEquals(demo.template().enabledPoints().stream().map(RegisterPoint::name).sorted().toList(), values.keySet().stream().sorted().toList());
        assertEquals(hospital.outdoor().dryBulbC(), values.get("OAT"), 0.05);
        assertEquals(hospital.outdoor().relativeHumidityPercent(), values.get("RH"), 0.3);
        assertEquals(hospital.outdoor().globalHorizontalWm2(), values.get("GHI"), 2.0);
        assertEquals(hospital.outdoor().wetBulbC(), values.get("WB"));
    }
}
