package io.wardwatt.forecast.runtime.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.forecast.model.LoadModel;
import io.wardwatt.forecast.store.LoadForecastRow;
import io.wardwatt.forecast.store.LoadModelRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stored rows to the public records and back; the models' coefficients travel as JSON. */
@ApplicationScoped
class LoadModelCodec {

    private static final TypeReference<List<LoadModelVersion.Lead>> LEADS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    LoadModelVersion model(LoadModelRow row) {
        try {
            return new LoadModelVersion(row.id, row.version, row.site, row.target, row.trainedAt, row.trainFrom, row.trainTo,
                    json.readValue(row.leads, LEADS), row.backtest == null ? null : json.readValue(row.backtest, LoadModelVersion.Backtest.class),
                    json.readValue(row.inputs, LoadModelVersion.Inputs.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("load_model " + row.id + " holds JSON this version cannot read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The stored version's models, ready to forecast an issue on {@code issueDay}: a lead-1 model fitted at an
     * evening issue belongs to that day's issues only.
     */
    static List<LoadModel> models(LoadModelVersion version, LocalDate issueDay) {
        return version.leads().stream()
                .filter(l -> !l.eveningModel() || version.trainTo().equals(issueDay))
                .map(LoadModelCodec::model).toList();
    }

    static LoadModel model(LoadModelVersion.Lead l) {
        return LoadModel.restore(l.leadDays(), l.issueHour() == null ? 0 : l.issueHour(), l.features(), l.coefficients(), l.meanLoadKw(),
                l.trainingHours(), l.correctionFactor() == null ? 0 : l.correctionFactor(),
                l.correctionHours() == null ? 24 : l.correctionHours());
    }

    static IssuedLoadForecast forecast(LoadForecastRow row, String modelVersion) {
        List<IssuedLoadForecast.Hour> hours = new ArrayList<>(row.loadsKw.length);
        for (int k = 0; k < row.loadsKw.length; k++) {
            hours.add(new IssuedLoadForecast.Hour(row.issuedAt.plusSeconds(3600L * k), k + 1, row.loadsKw[k], row.weather[k]));
        }
        return new IssuedLoadForecast(row.id, row.site, row.target, row.issuedAt, modelVersion, row.visits, row.substituted, hours);
    }
}
