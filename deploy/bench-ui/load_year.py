"""Loads a year of 15-minute counter readings of the demo hospital's main meters through POST /api/readings, waits
until the service has rolled them up, and makes one solved plan for tomorrow (the plant page shows plans)."""
import base64, datetime as dt, json, math, os, subprocess, sys, time, urllib.request

URL, DB = sys.argv[1], sys.argv[2]
ENGINEER = "Basic " + base64.b64encode(b"engineer:wardwatt-engineer").decode()
# point: (mean kW or m3/h, diurnal swing, seasonal swing)
POINTS = {"HOSP/INC1.KWH": (1800, 0.35, 0.3), "HOSP/INC2.KWH": (1700, 0.35, 0.3), "HOSP/PV.KWH": (80, 1.0, 0.2),
          "HOSP/GAS.M3": (60, 0.2, -0.5), "HOSP/CHP.KWH": (700, 0.5, 0.8), "HOSP/CHW.KWH": (6000, 0.5, 0.8)}
QUARTER = dt.timedelta(minutes=15)


def call(method, path, body=None, content_type="application/json"):
    request = urllib.request.Request(URL + path, data=body, method=method,
                                     headers={"Authorization": ENGINEER, "Content-Type": content_type, "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as answer:
        return json.loads(answer.read() or b"null")


def rate(point, ts):
    mean, diurnal, seasonal = POINTS[point]
    hour = ts.hour + ts.minute / 60 + 8  # the site's local hour (UTC+8)
    day = (math.sin((hour - 9) / 24 * 2 * math.pi) + 1) / 2
    season = 1 + seasonal * math.cos((ts.timetuple().tm_yday - 200) / 365 * 2 * math.pi)
    if point.endswith("PV.KWH"):
        return mean * 4 * max(0.0, math.sin((hour % 24 - 6) / 12 * math.pi)) * season
    return max(0.0, mean * (1 - diurnal / 2 + diurnal * day) * season)


end = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
end -= dt.timedelta(minutes=end.minute % 15)
start = end - dt.timedelta(days=365)
began, accepted, duplicates = time.time(), 0, 0
for point in POINTS:
    value, ts, lines = 0.0, start, []
    while ts <= end:
        lines.append(f"{point},{ts.isoformat()},{value:.1f}")
        value += rate(point, ts) / 4
        ts += QUARTER
        if len(lines) == 2976 or ts > end:  # about a month per request
            answer = call("POST", "/api/readings", ("\n".join(lines) + "\n").encode(), "text/csv")
            accepted, duplicates, lines = accepted + answer["accepted"], duplicates + answer["duplicates"], []
print(f"bench: loaded {len(POINTS)} counters x 365 days of 15-minute readings: {accepted} new, {duplicates} already stored, "
      f"{time.time() - began:.1f} s", flush=True)

psql = ["psql", "-h", "127.0.0.1", "-U", "wardwatt", "-d", DB, "-tAc", "select count(*) from rollup_pending"]
began = time.time()
while int(subprocess.run(psql, env={**os.environ, "PGPASSWORD": "wardwatt"}, capture_output=True, text=True, check=True).stdout.strip()):
    time.sleep(2)
print(f"bench: rollups caught up in {time.time() - began:.1f} s", flush=True)

scenario = json.load(open("chiller-models/scenarios/demo-hospital-summer-2026-07-16.json"))
text = json.dumps(scenario).replace('"../', '"')
scenario = json.loads(text)
scenario["start"] = (dt.date.today() + dt.timedelta(days=1)).isoformat() + "T00:00"
scenario["solver"] = {**scenario.get("solver", {}), "timeLimitSeconds": 10, "unimprovedSeconds": 3}
plan = call("POST", "/api/sites/HOSP/plans", json.dumps(scenario).encode())
for _ in range(120):
    if call("GET", f"/api/sites/HOSP/plans/{plan['id']}")["status"] in ("done", "stopped", "failed"):
        break
    time.sleep(1)
print(f"bench: plan {plan['id']} for tomorrow: {call('GET', '/api/sites/HOSP/plans/' + plan['id'])['status']}", flush=True)
