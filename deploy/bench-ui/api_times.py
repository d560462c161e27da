"""Times the API calls each web UI page makes (the same paths as ui/js/*.js), median of 3, and prints them per page.
The pages make their calls side by side, so a page waits about as long as its slowest chain, not the sum."""
import base64, datetime as dt, json, statistics, sys, time, urllib.error, urllib.request

URL = sys.argv[1]


def auth(user):
    return "Basic " + base64.b64encode(f"{user}:wardwatt-{user}".encode()).decode()


def timed(path, user):
    times, status, body = [], None, None
    for _ in range(3):
        request = urllib.request.Request(URL + path, headers={"Authorization": auth(user), "Accept": "application/json"})
        began = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as answer:
                body, status = answer.read(), answer.status
        except urllib.error.HTTPError as e:
            body, status = e.read(), e.code
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), status, body


def report(page, user, paths):
    total, slowest = 0.0, 0.0
    for path in paths:
        ms, status, _ = timed(path, user)
        total, slowest = total + ms, max(slowest, ms)
        print(f"api  {page:<10} {ms:8.1f} ms  {status}  {path}")
    print(f"api  {page:<10} {len(paths)} calls: {total:.0f} ms one after another, slowest {slowest:.0f} ms")


now = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
now -= dt.timedelta(minutes=now.minute % 15)
day_ago = now - dt.timedelta(hours=24)
year = dt.date.today().year
this_month = dt.date.today().strftime("%Y-%m")
months = [f"{year}-{m:02d}" for m in range(1, 13) if f"{year}-{m:02d}" <= this_month]
today = dt.date.today()
last12 = [f"{(today.year * 12 + today.month - 1 - i) // 12}-{(today.month - 1 - i) % 12 + 1:02d}" for i in range(11, -1, -1)]
previews = lambda ms: [f"/api/sites/HOSP/carbon/ledgers/{m}/preview" for m in ms]

report("leadership", "leader", ["/api/sites/HOSP", "/api/me", f"/api/sites/HOSP/goals/progress?year={year}",
                                f"/api/sites/HOSP/consumption?from={year}-01&to={year + 1}-01&resolution=1mo",
                                "/api/sites/HOSP/carbon/ledgers", *previews(months),
                                f"/api/series?point=HOSP/PV.KWH&from={year}-01&to={year + 1}-01&resolution=1mo"])
_, _, plans = timed("/api/sites/HOSP/plans?limit=20", "engineer")
plan_ids = [p["id"] for p in json.loads(plans) if p.get("date") and p["status"] in ("done", "stopped")]
series = lambda point: f"/api/series?point=HOSP/{point}&from={day_ago.isoformat().replace('+00:00', 'Z')}&to={now.isoformat().replace('+00:00', 'Z')}&resolution=15m"
report("plant", "engineer", ["/api/sites/HOSP", "/api/me", "/api/sites/HOSP/control", series("CHP.KWH"), series("CHW.KWH"), "/api/sites/HOSP/plans?limit=20",
                             *[f"/api/sites/HOSP/plans/{i}" for i in plan_ids], *([f"/api/sites/HOSP/plans/{plan_ids[0]}/actual"] if plan_ids else [])])
report("ledger", "leader", ["/api/sites/HOSP", "/api/me", "/api/sites/HOSP/carbon/ledgers", *previews(last12),
                            "/api/sites/HOSP/reports/submissions?limit=50"])
report("alerts", "engineer", ["/api/sites/HOSP", "/api/me", "/api/sites/HOSP/alerts?status=open"])

year_ago = now - dt.timedelta(days=365)
explorer = lambda point: (f"/api/series?point=HOSP/{point}&from={year_ago.isoformat().replace('+00:00', 'Z')}"
                          f"&to={now.isoformat().replace('+00:00', 'Z')}&resolution=1h")
report("points", "engineer", ["/api/sites/HOSP", "/api/me", "/api/sites/HOSP/points", "/api/sites/HOSP/devices", "/api/sites/HOSP/spaces",
                              explorer("INC1.KWH"), explorer("CHP.KWH"), explorer("GAS.M3")])
