package io.wardwatt.acquisition;

import static io.wardwatt.acquisition.RegisterFunction.COIL;
import static io.wardwatt.acquisition.RegisterFunction.DISCRETE_INPUT;
import static io.wardwatt.acquisition.RegisterFunction.HOLDING;
import static io.wardwatt.acquisition.RegisterFunction.INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each shipped template decodes captured register words to known values, through its read plan. Words are
 * commented with what they mean; float32 values are compared to their float precision.
 */
class ShippedTemplatesTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load(List.of());

    private static Map<String, Double> decode(String template, RegisterImage image) {
        return image.decode(CATALOG.find(template).orElseThrow());
    }

    private static void near(double expected, Double actual) {
        assertEquals(expected, actual, Math.max(1e-9, Math.abs(expected) * 1e-6));
    }

    @Test
    void chiller() {
        Map<String, Double> v = decode("wardwatt-chiller-wc", new RegisterImage()
                .bit(DISCRETE_INPUT, 0, true) // RUN
                .bit(DISCRETE_INPUT, 2, true) // REMOTE
                .bit(COIL, 0, true) // ENABLE
                .words(INPUT, 0, 0x0311) // LOAD 785 * 0.1 = 78.5 %
                .words(INPUT, 1, 0x44BE, 0x1000) // KW 1520.5 kW as float32 ABCD
                .words(INPUT, 3, 0x00BC, 0x614E) // KWH 12,345,678 * 0.1 = 1,234,567.8 kWh
                .words(INPUT, 5, 0x02BC, 0x04B0, 0x0C80, 0x0E74) // CHWST 7.00, CHWRT 12.00, CDWET 32.00, CDWLT 37.00 degC
                .words(INPUT, 9, 0x454B, 0x6800) // QEVAP 3254.5 kW
                .words(INPUT, 11, 0x0000, 0x976D) // RUN_H 38,765 * 0.1 = 3876.5 h
                .words(INPUT, 13, 0x0000, 0x10E1) // STARTS 4321
                .words(INPUT, 15, 0x0000, 0x0001) // FAULT 0; flow switches: bit 0 set (evaporator), bit 1 clear (condenser)
                .words(HOLDING, 0, 0x02BC, 0x03E8)); // CHWST_SP 7.00 degC, DEMAND_LIMIT 100.0 %
        assertEquals(1.0, v.get("RUN"));
        assertEquals(0.0, v.get("ALARM"));
        assertEquals(1.0, v.get("REMOTE"));
        assertEquals(1.0, v.get("ENABLE"));
        near(78.5, v.get("LOAD"));
        near(1520.5, v.get("KW"));
        near(1_234_567.8, v.get("KWH"));
        near(7.0, v.get("CHWST"));
        near(12.0, v.get("CHWRT"));
        near(32.0, v.get("CDWET"));
        near(37.0, v.get("CDWLT"));
        near(3254.5, v.get("QEVAP"));
        near(3876.5, v.get("RUN_H"));
        near(4321, v.get("STARTS"));
        assertEquals(0.0, v.get("FAULT"));
        assertEquals(1.0, v.get("CHW_FLOW_OK"));
        assertEquals(0.0, v.get("CDW_FLOW_OK"));
        near(7.0, v.get("CHWST_SP"));
        near(100.0, v.get("DEMAND_LIMIT"));
    }

    @Test
    void pumpOnAVariableSpeedDrive() {
        Map<String, Double> v = decode("wardwatt-pump-vsd", new RegisterImage()
                .bit(DISCRETE_INPUT, 0, true) // RUN
                .bit(COIL, 0, true) // ENABLE
                .words(INPUT, 0, 0x0352, 0x109A, 0x01C4) // SPEED 85.0 %, FREQ 42.50 Hz, KW 45.2 kW
                .words(INPUT, 3, 0xD687, 0x0012) // KWH 1,234,567 * 0.1 = 123,456.7 kWh, low word first (CDAB)
                .words(INPUT, 5, 0x8930, 0x0000) // RUN_H 35,120 * 0.1 = 3512.0 h, low word first
                .words(HOLDING, 0, 0x0384)); // SPEED_SP 90.0 %
        assertEquals(1.0, v.get("RUN"));
        assertEquals(0.0, v.get("TRIP"));
        near(85.0, v.get("SPEED"));
        near(42.5, v.get("FREQ"));
        near(45.2, v.get("KW"));
        near(123_456.7, v.get("KWH"));
        near(3512.0, v.get("RUN_H"));
        near(90.0, v.get("SPEED_SP"));
    }

    @Test
    void eastronSdm630() {
        DeviceTemplate sdm = CATALOG.find("eastron-sdm630").orElseThrow();
        Map<String, Double> v = new RegisterImage()
                .words(INPUT, 0x00, 0x4366, 0x199A, 0x4367, 0x6666, 0x4365, 0xCCCD) // 230.1, 231.4, 229.8 V
                .words(INPUT, 0x06, 0x4148, 0x0000) // I_L1 12.5 A
                .words(INPUT, 0x34, 0x473C, 0x7A00) // KW 48,250 W = 48.25 kW
                .words(INPUT, 0x3E, 0x3F6E, 0x147B) // PF 0.93
                .words(INPUT, 0x46, 0x4248, 0x147B) // FREQ 50.02 Hz
                .words(INPUT, 0x48, 0x47F1, 0x205A) // KWH 123,456.7 kWh
                .words(INPUT, 0xC8, 0x43C8, 0x999A) // V_L1L2 401.2 V
                .words(INPUT, 0x156, 0x47F1, 0x205A) // KWH_TOTAL 123,456.7 kWh
                .decode(sdm);
        near(230.1, v.get("V_L1"));
        near(231.4, v.get("V_L2"));
        near(229.8, v.get("V_L3"));
        near(12.5, v.get("I_L1"));
        near(48.25, v.get("KW"));
        near(0.93, v.get("PF"));
        near(50.02, v.get("FREQ"));
        near(123_456.7, v.get("KWH"));
        near(401.2, v.get("V_L1L2"));
        near(123_456.7, v.get("KWH_TOTAL"));
        // 21 points in 5 requests: the phase block, the power/energy block read through its small gaps, the
        // line voltages, the neutral current, the total energy
        assertEquals(List.of("input 0..11 (12, 6 points)", "input 52..87 (36, 10 points)", "input 200..205 (6, 3 points)",
                "input 224..225 (2, 1 points)", "input 342..343 (2, 1 points)"),
                ReadPlan.of(sdm, PlanLimits.DEFAULT).requests().stream().map(ReadRequest::toString).toList());
    }

    @Test
    void schneiderPm5300() {
        Map<String, Double> v = decode("schneider-pm5300", new RegisterImage()
                .words(HOLDING, 2699, 0x4996, 0xB43C) // register 2700: KWH 1,234,567.5 kWh
                .words(HOLDING, 2999, 0x4148, 0x0000) // register 3000: I_A 12.5 A
                .words(HOLDING, 3019, 0x43C8, 0x999A) // register 3020: V_AB 401.2 V
                .words(HOLDING, 3059, 0x432F, 0x8000) // register 3060: KW 175.5 kW
                .words(HOLDING, 3109, 0x4248, 0x147B)); // register 3110: FREQ 50.02 Hz
        near(1_234_567.5, v.get("KWH"));
        near(12.5, v.get("I_A"));
        near(401.2, v.get("V_AB"));
        near(175.5, v.get("KW"));
        near(50.02, v.get("FREQ"));
    }

    @Test
    void mediumVoltageIncomer() {
        Map<String, Double> v = decode("wardwatt-mv-meter", new RegisterImage()
                .words(HOLDING, 0, 0x2724) // V_AB 10,020 * 0.001 = 10.020 kV
                .words(HOLDING, 3, 0x06DB) // I_A 175.5 A
                .words(HOLDING, 6, 0x5319, 0x0002) // KW 152,345 * 0.01 = 1523.45 kW, low word first
                .words(HOLDING, 8, 0xF637, 0xFFFF) // KVAR -2505 * 0.01 = -25.05 kvar, low word first
                .words(HOLDING, 10, 0x03A2, 0x138A) // PF 0.930, FREQ 50.02 Hz
                .words(HOLDING, 12, 0x68B1, 0x3ADE)); // KWH 987,654,321 * 0.1 = 98,765,432.1 kWh, low word first
        near(10.02, v.get("V_AB"));
        near(175.5, v.get("I_A"));
        near(1523.45, v.get("KW"));
        near(-25.05, v.get("KVAR"));
        near(0.93, v.get("PF"));
        near(50.02, v.get("FREQ"));
        near(98_765_432.1, v.get("KWH"));
    }

    @Test
    void pvInverter() {
        Map<String, Double> v = decode("wardwatt-pv-inverter", new RegisterImage()
                .words(HOLDING, 40000, 0x5375, 0x6E53) // 'SunS'
                .words(HOLDING, 40070, 0x0067) // model 103
                .words(HOLDING, 40072, 0x04E2) // A 125.0 A
                .words(HOLDING, 40080, 0x08FD) // V_AN 230.1 V
                .words(HOLDING, 40084, 0x0B22) // KW 2,850 (x100 W) = 285.0 kW
                .words(HOLDING, 40086, 0x138A) // HZ 50.02
                .words(HOLDING, 40094, 0x0023, 0xCACE) // KWH 2,345,678 kWh
                .words(HOLDING, 40101, 0x0B7C) // DC_KW 2,940 (x100 W) = 294.0 kW
                .words(HOLDING, 40103, 0x016A) // TEMP_CAB 36.2 degC
                .words(HOLDING, 40108, 0x0004)); // STATE 4 = MPPT
        assertEquals(0x53756E53, v.get("SUNS").longValue());
        assertEquals(103.0, v.get("MODEL"));
        near(125.0, v.get("A"));
        near(230.1, v.get("V_AN"));
        near(285.0, v.get("KW"));
        near(50.02, v.get("HZ"));
        near(2_345_678, v.get("KWH"));
        near(294.0, v.get("DC_KW"));
        near(36.2, v.get("TEMP_CAB"));
        assertEquals(4.0, v.get("STATE"));
    }

    @Test
    void battery() {
        Map<String, Double> v = decode("wardwatt-battery", new RegisterImage()
                .bit(DISCRETE_INPUT, 0, true) // RUN
                .words(INPUT, 0, 0x0355, 0x03CF) // SOC 85.3 %, SOH 97.5 %
                .words(INPUT, 2, 0xFFFF, 0xF637) // KW -2505 * 0.1 = -250.5 kW: charging
                .words(INPUT, 4, 0x1E05) // V_DC 768.5 V
                .words(INPUT, 6, 0x001E, 0x5446) // CHG.KWH 1,987,654 * 0.1 = 198,765.4 kWh
                .words(INPUT, 8, 0x0012, 0xD687) // DIS.KWH 1,234,567 * 0.1 = 123,456.7 kWh
                .words(INPUT, 10, 0x0001) // MODE 1 = charging
                .words(HOLDING, 0, 0xFFFF, 0xF637)); // KW_SP -250.5 kW
        assertEquals(1.0, v.get("RUN"));
        near(85.3, v.get("SOC"));
        near(97.5, v.get("SOH"));
        near(-250.5, v.get("KW"));
        near(768.5, v.get("V_DC"));
        near(198_765.4, v.get("CHG.KWH"));
        near(123_456.7, v.get("DIS.KWH"));
        assertEquals(1.0, v.get("MODE"));
        near(-250.5, v.get("KW_SP"));
    }

    @Test
    void gasMeter() {
        Map<String, Double> v = decode("wardwatt-gas-meter", new RegisterImage()
                .words(INPUT, 0, 0x033C, 0xDFCA) // M3 54,321,098 * 0.1 = 5,432,109.8 m3
                .words(INPUT, 2, 0x4400, 0x3000) // FLOW 512.75 m3/h
                .words(INPUT, 4, 0x4193, 0x3333) // P 18.4 kPa
                .words(INPUT, 6, 0x4140, 0x0000) // T 12.0 degC
                .words(INPUT, 8, 0x4132, 0xD687, 0xE418, 0x9375)); // NM3 1,234,567.891 Nm3 as float64
        near(5_432_109.8, v.get("M3"));
        near(512.75, v.get("FLOW"));
        near(18.4, v.get("P"));
        near(12.0, v.get("T"));
        assertEquals(1_234_567.891, v.get("NM3"));
    }

    @Test
    void steamMeter() {
        Map<String, Double> v = decode("wardwatt-steam-meter", new RegisterImage()
                .words(INPUT, 0, 0x048F, 0xF4EA) // T 76,543,210 * 0.01 = 765,432.10 t
                .words(INPUT, 2, 0x40B0, 0x0000) // FLOW 5.5 t/h
                .words(INPUT, 4, 0x3F51, 0xEB85) // P 0.82 MPa
                .words(INPUT, 6, 0x433A, 0x0000)); // TEMP 186.0 degC
        near(765_432.10, v.get("T"));
        near(5.5, v.get("FLOW"));
        near(0.82, v.get("P"));
        near(186.0, v.get("TEMP"));
    }

    @Test
    void medicalSubMeter() {
        Map<String, Double> v = decode("wardwatt-medical-submeter", new RegisterImage()
                .words(INPUT, 0, 0x4210, 0xCCCD) // KW 36.2 kW (an MRI on standby)
                .words(INPUT, 2, 0x0000, 0x0000, 0x075B, 0xCD15) // KWH 123,456,789 Wh = 123,456.789 kWh as int64
                .words(INPUT, 6, 0x0001) // STATE 1 = standby
                .words(INPUT, 7, 0x4100, 0x0000)); // I_MAX 8.0 A
        near(36.2, v.get("KW"));
        near(123_456.789, v.get("KWH"));
        assertEquals(1.0, v.get("STATE"));
        near(8.0, v.get("I_MAX"));
    }

    @Test
    void waterMeter() {
        Map<String, Double> v = decode("wardwatt-water-meter", new RegisterImage()
                .words(INPUT, 0, 0xD687, 0x0012) // M3 1,234,567 * 0.1 = 123,456.7 m3, low word first
                .words(INPUT, 2, 0x3333, 0x4193)); // FLOW 18.4 m3/h as float32 CDAB
        near(123_456.7, v.get("M3"));
        near(18.4, v.get("FLOW"));
    }

    @Test
    void chilledWaterEnergyMeter() {
        Map<String, Double> v = decode("wardwatt-btu-meter", new RegisterImage()
                .words(INPUT, 0, 0x3ADE, 0x68B1) // KWH 987,654,321 * 0.1 = 98,765,432.1 kWh
                .words(INPUT, 2, 0x454B, 0x6800) // KW 3254.5 kW
                .words(INPUT, 4, 0x4400, 0x3000) // FLOW 512.75 m3/h
                .words(INPUT, 6, 0x02BC, 0x04B0)); // SUPPLY_T 7.00, RETURN_T 12.00 degC
        near(98_765_432.1, v.get("KWH"));
        near(3254.5, v.get("KW"));
        near(512.75, v.get("FLOW"));
        near(7.0, v.get("SUPPLY_T"));
        near(12.0, v.get("RETURN_T"));
    }

    @Test
    void weatherStation() {
        Map<String, Double> v = decode("wardwatt-weather-station", new RegisterImage()
                .words(INPUT, 0, 0xFEBB, 0x036A) // OAT -3.25 degC (signed), RH 87.4 %
                .words(INPUT, 2, 0xFE0A, 0xFE66) // DEW -5.02 degC, WB -4.10 degC
                .words(INPUT, 4, 0x032C, 0x0002)); // GHI 812 W/m2; fault bits: probe good (bit 0), pyranometer failed (bit 1)
        near(-3.25, v.get("OAT"));
        near(87.4, v.get("RH"));
        near(-5.02, v.get("DEW"));
        near(-4.10, v.get("WB"));
        near(812, v.get("GHI"));
        assertEquals(0.0, v.get("TRH_FAULT"));
        assertEquals(1.0, v.get("GHI_FAULT"));
        // instantaneous values only, in one request
        assertEquals(List.of("input 0..5 (6, 7 points)"),
                ReadPlan.of(CATALOG.find("wardwatt-weather-station").orElseThrow(), PlanLimits.DEFAULT).requests().stream()
                        .map(ReadRequest::toString).toList());
        assertEquals(List.of(), CATALOG.find("wardwatt-weather-station").orElseThrow().enabledPoints().stream()
                .filter(RegisterPoint::isCounter).map(RegisterPoint::name).toList());
    }
}
