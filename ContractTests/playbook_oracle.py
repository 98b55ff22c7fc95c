#!/usr/bin/env python3
"""Independent reference implementation of shared/contracts/playbook.md (version 2)
and a randomized differential check against `rebound plan --format json`.

Usage: python3 playbook_oracle.py [BINARY] [--seed N] [--files N] [--nows N] [--verbose]
BINARY defaults to REBOUND_BIN, else .build/debug/rebound. Prints a summary ending in
"playbook contract tests: N passed, M failed"; exits 1 on any mismatch, 0 otherwise.
Written by a separate session only from playbook.md, interview-file.md and cli.md, without
reading the program's source, so it checks the contract as another reader understands it.
"""
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
SEC = dt.timedelta(seconds=1)


# ----------------------------------------------------------------------------
# Time helpers
# ----------------------------------------------------------------------------
def parse_rfc3339(s):
    s2 = s.strip()
    if s2.endswith(("Z", "z")):
        s2 = s2[:-1] + "+00:00"
    d = dt.datetime.fromisoformat(s2.replace("t", "T"))
    if d.tzinfo is None:
        raise ValueError("no offset: " + s)
    return d.astimezone(UTC)


def fmt(instant, zone):
    """RFC 3339 with the zone's offset at that instant, whole seconds."""
    loc = instant.astimezone(zone)
    off = loc.utcoffset()
    total = int(off.total_seconds())
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    hh, rem = divmod(total, 3600)
    mm, ss = divmod(rem, 60)
    o = "%s%02d:%02d" % (sign, hh, mm)
    if ss:
        o += ":%02d" % ss  # never happens for modern offsets
    return loc.strftime("%Y-%m-%dT%H:%M:%S") + o


def local_day(instant, zone):
    return instant.astimezone(zone).date()


def end_of_day(d, zone, fold=0):
    """23:59:59 local on day d, as a UTC instant (fold chooses between the two
    occurrences when that wall time repeats)."""
    naive = dt.datetime(d.year, d.month, d.day, 23, 59, 59, fold=fold)
    return naive.replace(tzinfo=zone).astimezone(UTC)


def eod_is_ambiguous(d, zone):
    return end_of_day(d, zone, 0) != end_of_day(d, zone, 1)


def nth_business_day_after(d, n):
    k = 0
    while k < n:
        d = d + DAY
        if d.weekday() < 5:
            k += 1
    return d


# ----------------------------------------------------------------------------
# The reference implementation
# ----------------------------------------------------------------------------
def plan(doc, now):
    """Return a list of step dicts: kind, who, about, due, lapses, optional,
    caution, late, lapsed, plus '_eod' = local day whose end-of-day gave the due
    (for flagging repeated 23:59:59)."""
    iv = doc["interview"]
    zone = ZoneInfo(iv["timeZone"])
    start = parse_rfc3339(iv["start"])
    t0 = parse_rfc3339(iv["end"]) if iv.get("end") is not None else start + H
    wants = iv.get("wantsJob", True)
    outcome = iv.get("outcome") or {}
    status = outcome.get("status", "pending")
    at = parse_rfc3339(outcome["at"]) if outcome.get("at") else None
    nra = parse_rfc3339(outcome["nextRoundAt"]) if outcome.get("nextRoundAt") else None
    decision = parse_rfc3339(iv["decisionBy"]) if iv.get("decisionBy") else None
    interviewers = iv["interviewers"]
    hms = [i for i in interviewers if i.get("hiringManager", False)]
    debrief = doc.get("debrief") or {}
    questions = debrief.get("questions") or []
    weak = [q for q in questions if q.get("rating", "ok") == "weak"]
    contacts = doc.get("contacts") or []
    t0day = local_day(t0, zone)

    steps = []

    def add(kind, due, lapses=None, who=None, about=None, optional=False,
            caution=False, eod=None):
        steps.append(dict(kind=kind, who=who, about=about, due=due, lapses=lapses,
                          optional=optional, caution=caution, eod=eod))

    withdrawn = status == "withdrawn"
    # thank-you
    if status in ("pending", "next-round"):
        for i in interviewers:
            due = end_of_day(t0day, zone)
            add("thank-you", due, due + 7 * DAY, who=i["name"], eod=t0day)
    # call-to-elaborate
    if wants and status == "pending" and weak and hms:
        d = nth_business_day_after(t0day, 1)
        due = end_of_day(d, zone)
        add("call-to-elaborate", due, due + 72 * H, who=hms[0]["name"],
            optional=True, eod=d)
    # brief-reference
    if wants and status in ("pending", "next-round"):
        for c in contacts:
            if c["relation"] == "reference" and c.get("mayBeContacted", False):
                add("brief-reference", t0 + 24 * H, who=c["name"])
    # tell-connection
    if wants and status in ("pending", "next-round"):
        d = nth_business_day_after(t0day, 1)
        for c in contacts:
            if c["relation"] in ("recruiter", "insider", "referrer"):
                add("tell-connection", end_of_day(d, zone), who=c["name"],
                    caution=(c["relation"] == "insider"), eod=d)
    # check-in
    if wants and status == "pending":
        recs = [c for c in contacts if c["relation"] == "recruiter"]
        who = recs[0]["name"] if recs else (hms[0]["name"] if hms else interviewers[0]["name"])
        if decision is not None:
            d = nth_business_day_after(local_day(decision, zone), 2)
        else:
            d = nth_business_day_after(t0day, 7)
        add("check-in", end_of_day(d, zone), who=who, eod=d)
    # revisit-notes
    add("revisit-notes", t0 + 48 * H)
    # practice
    if status != "offer":
        for q in weak:
            add("practice", t0 + 72 * H, about=q["text"])
    if not withdrawn:
        if status == "rejected":
            due = at + 48 * H
            add("ask-feedback", due, due + 14 * DAY)
            if wants:
                add("stay-in-touch", at + 7 * DAY)
        if status == "next-round":
            if nra is not None:
                add("prepare-next-round", nra - 24 * H, nra)
            else:
                add("prepare-next-round", t0 + 72 * H)
    # talk-it-through
    if status != "offer":
        for c in contacts:
            if c["relation"] == "mentor":
                add("talk-it-through", t0 + 72 * H, who=c["name"], optional=True)
    # keep-going
    if status != "offer":
        add("keep-going", t0 + 72 * H)
    if status == "offer":
        who = hms[0]["name"] if hms else interviewers[0]["name"]
        d = nth_business_day_after(local_day(at, zone), 1)
        add("answer-offer", end_of_day(d, zone), who=who, eod=d)
        for c in contacts:
            if c["relation"] in ("reference", "recruiter", "insider", "referrer", "mentor"):
                add("share-news", at + 7 * DAY, who=c["name"], optional=True)

    for s in steps:
        s["lapsed"] = s["lapses"] is not None and s["lapses"] < now
        s["late"] = (not s["lapsed"]) and s["due"] < now
        s["ambiguous_eod"] = s["eod"] is not None and eod_is_ambiguous(s["eod"], zone)
    # order: late, upcoming by due, lapsed
    steps.sort(key=lambda s: (2 if s["lapsed"] else (0 if s["late"] else 1), s["due"]))
    return steps


# ----------------------------------------------------------------------------
# Generator
# ----------------------------------------------------------------------------
ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata",
         "Pacific/Auckland", "America/Sao_Paulo", "UTC", "Europe/Berlin",
         "America/Los_Angeles", "Australia/Lord_Howe", "America/St_Johns",
         "Asia/Kathmandu", "Pacific/Chatham", "Asia/Tokyo", "Pacific/Kiritimati",
         "Pacific/Pago_Pago", "America/Havana", "America/Santiago", "Africa/Cairo",
         "Asia/Beirut", "Europe/Dublin", "Australia/Adelaide"]
MAIN_ZONES = ZONES[:7]

FIRST = ["Dana", "Sam", "Priya", "Lee", "José", "Zoë", "Øyvind", "Mei", "Ade", "Kim",
         "Noor", "Ravi", "Ana", "Tomás", "李", "Olu", "Ines", "Yuki"]
LAST = ["Reyes", "Ortiz", "Natarajan", "Chen", "Müller", "O'Brien", "Nakamura", "Singh",
        "Okafor", "Søren", "García", "Ng", "Haddad", "Kowalski"]
QTEXTS = ["Tell me about a time you led a team.", "Why do you want this job?",
          "Describe a conflict with a colleague.", "What is your biggest weakness?",
          "Walk me through your CV.", "How would you plan a product launch?",
          "Tell me about a failure.", "Where do you see yourself in five years?"]

_transitions = {}


def transitions(zone_name):
    """UTC instants in 2025-2027 where the zone's offset changes (hourly scan)."""
    if zone_name in _transitions:
        return _transitions[zone_name]
    z = ZoneInfo(zone_name)
    out = []
    t = dt.datetime(2025, 1, 1, tzinfo=UTC)
    end = dt.datetime(2028, 1, 1, tzinfo=UTC)
    prev = t.astimezone(z).utcoffset()
    while t < end:
        t2 = t + H
        o = t2.astimezone(z).utcoffset()
        if o != prev:
            out.append(t2)
        prev = o
        t = t2
    _transitions[zone_name] = out
    return out


def wr(instant, zone, rnd):
    """Write an instant as RFC 3339: usually in the zone's offset, sometimes in UTC
    ('Z' or '+00:00') or another offset, to test that readers use the instant."""
    r = rnd.random()
    if r < 0.7:
        return fmt(instant, zone)
    if r < 0.85:
        return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    off = dt.timezone(dt.timedelta(minutes=rnd.choice([-600, -300, 0, 60, 330, 780])))
    loc = instant.astimezone(off)
    return fmt(instant, off) if False else loc.isoformat()


def unique_names(rnd, n, used):
    out = []
    while len(out) < n:
        nm = rnd.choice(FIRST) + " " + rnd.choice(LAST)
        if nm not in used:
            used.add(nm)
            out.append(nm)
    return out


def gen_file(rnd):
    zone_name = rnd.choice(MAIN_ZONES) if rnd.random() < 0.6 else rnd.choice(ZONES)
    zone = ZoneInfo(zone_name)
    trs = transitions(zone_name)
    r = rnd.random()
    fold_day = rnd.random() < 0.08
    if fold_day:
        # a day whose 23:59:59 occurs twice (clocks go back at midnight), or just before it
        zone_name = rnd.choice(["Africa/Cairo", "Asia/Beirut", "America/Santiago"])
        zone = ZoneInfo(zone_name)
        d = dt.date(2025, 1, 1)
        amb = []
        while d < dt.date(2028, 1, 1):
            if eod_is_ambiguous(d, zone):
                amb.append(d)
            d += DAY
        day = rnd.choice(amb) - dt.timedelta(days=rnd.choice([0, 0, 1, 2, 3]))
    elif trs and r < 0.55:
        # near a DST change: interview up to 12 days before, or 2 days after
        tr = rnd.choice(trs)
        base = tr - dt.timedelta(days=rnd.uniform(-2, 12))
        day = base.astimezone(zone).date()
    else:
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(0, 3 * 365))
    if not fold_day and rnd.random() < 0.3:  # push to a Friday / weekend
        target = rnd.choice([4, 5, 6])
        day = day + dt.timedelta(days=(target - day.weekday()) % 7)
    tstyle = rnd.random()
    if tstyle < 0.5:
        hh, mm = rnd.randint(8, 17), rnd.choice([0, 15, 30, 45])
    elif tstyle < 0.75:
        hh, mm = rnd.randint(20, 23), rnd.randrange(0, 60)
    elif tstyle < 0.9:
        hh, mm = 23, rnd.randrange(0, 60)
    else:
        hh, mm = rnd.randint(0, 2), rnd.randrange(0, 60)
    start_local = dt.datetime(day.year, day.month, day.day, hh, mm, rnd.choice([0, 0, 0, 30]),
                              tzinfo=zone)
    start = start_local.astimezone(UTC)
    end = None
    if rnd.random() < 0.75:
        end = start + dt.timedelta(minutes=rnd.choice([15, 30, 45, 60, 75, 90, 150, 200]))
    t0 = end if end is not None else start + H
    used = set()
    n_iv = rnd.choice([1, 1, 2, 3])
    ivs = []
    for nm in unique_names(rnd, n_iv, used):
        i = {"name": nm}
        r = rnd.random()
        if r < 0.35:
            i["hiringManager"] = True
        elif r < 0.6:
            i["hiringManager"] = False
        if rnd.random() < 0.5:
            i["title"] = rnd.choice(["Director", "Engineer", "Head of People"])
        if rnd.random() < 0.4:
            local = nm.split()[0].lower().encode("ascii", "ignore").decode() or "li"
            i["email"] = local + "@x.example"
        ivs.append(i)
    iv = {"company": rnd.choice(["Northwind Traders", "Contoso", "Ærø Bikes"]),
          "role": rnd.choice(["Marketing Coordinator", "Engineer", "Analyst"]),
          "start": wr(start, zone, rnd), "timeZone": zone_name, "interviewers": ivs}
    if end is not None:
        iv["end"] = wr(end, zone, rnd)
    if rnd.random() < 0.5:
        iv["mode"] = rnd.choice(["in-person", "phone", "video"])
    r = rnd.random()
    if r < 0.4:
        iv["wantsJob"] = True
    elif r < 0.7:
        iv["wantsJob"] = False
    status = rnd.choice(["pending", "pending", "next-round", "next-round", "rejected",
                         "offer", "withdrawn", None])
    outcome = {}
    if status is not None:
        outcome["status"] = status
    if status not in (None, "pending") or rnd.random() < 0.2:
        # when the user heard: after t0, sometimes late evening local
        if rnd.random() < 0.4:
            d = local_day(t0, zone) + dt.timedelta(days=rnd.randint(0, 14))
            loc = dt.datetime(d.year, d.month, d.day, rnd.choice([21, 22, 23]),
                              rnd.randrange(60), tzinfo=zone)
            at = max(loc.astimezone(UTC), t0)
        else:
            at = t0 + dt.timedelta(minutes=rnd.randint(0, 20 * 24 * 60))
        outcome["at"] = wr(at, zone, rnd)
        if status == "next-round" and rnd.random() < 0.65:
            nra = at + dt.timedelta(minutes=rnd.randint(60, 20 * 24 * 60))
            outcome["nextRoundAt"] = wr(nra, zone, rnd)
    if outcome or rnd.random() < 0.5:
        iv["outcome"] = outcome
    if rnd.random() < 0.5:
        r = rnd.random()
        if r < 0.1:
            dec = start
        elif r < 0.4:  # late evening local, so its UTC date may differ
            d = local_day(start, zone) + dt.timedelta(days=rnd.randint(1, 21))
            loc = dt.datetime(d.year, d.month, d.day, rnd.choice([20, 22, 23]),
                              rnd.randrange(60), tzinfo=zone)
            dec = loc.astimezone(UTC)
        elif r < 0.6:  # on a weekend
            d = local_day(start, zone) + dt.timedelta(days=rnd.randint(1, 21))
            d = d + dt.timedelta(days=(rnd.choice([5, 6]) - d.weekday()) % 7)
            loc = dt.datetime(d.year, d.month, d.day, rnd.randint(0, 23),
                              rnd.randrange(60), tzinfo=zone)
            dec = loc.astimezone(UTC)
        else:
            dec = start + dt.timedelta(minutes=rnd.randint(0, 25 * 24 * 60))
        if dec < start:
            dec = start
        iv["decisionBy"] = wr(dec, zone, rnd)
    doc = {"format": "rebound.interview/1", "interview": iv}
    if rnd.random() < 0.85:
        qs = []
        for t in rnd.sample(QTEXTS, rnd.choice([0, 1, 2, 3])):
            q = {"text": t}
            r = rnd.random()
            if r < 0.45:
                q["rating"] = "weak"
            elif r < 0.65:
                q["rating"] = "strong"
            elif r < 0.8:
                q["rating"] = "ok"
            if rnd.random() < 0.3:
                q["askedBy"] = ivs[0]["name"]
            qs.append(q)
        doc["debrief"] = {"questions": qs}
        if rnd.random() < 0.4:
            doc["debrief"]["wentWell"] = ["Line one\nline two\twith tab"]
    if rnd.random() < 0.85:
        cs = []
        n = rnd.choice([0, 1, 2, 3, 4, 5])
        for nm in unique_names(rnd, n, used):
            rel = rnd.choice(["reference", "reference", "recruiter", "insider", "referrer",
                              "mentor"])
            c = {"name": nm, "relation": rel}
            if rel == "reference":
                r = rnd.random()
                if r < 0.5:
                    c["mayBeContacted"] = True
                elif r < 0.75:
                    c["mayBeContacted"] = False
            cs.append(c)
        doc["contacts"] = cs
    return doc


def pick_nows(rnd, doc, k):
    ex = plan(doc, dt.datetime(2000, 1, 1, tzinfo=UTC))
    iv = doc["interview"]
    start = parse_rfc3339(iv["start"])
    marks = [s["due"] for s in ex] + [s["lapses"] for s in ex if s["lapses"]]
    lapses = [s["lapses"] for s in ex if s["lapses"]]
    nows = []
    for _ in range(k):
        r = rnd.random()
        if lapses and r < 0.3:
            m = rnd.choice(lapses) + rnd.choice([0, 0, 1, 1, -1]) * SEC
        elif r < 0.6:
            m = rnd.choice(marks) + rnd.choice([0, 1, -1, 60, -3600, 3600]) * SEC
        elif r < 0.7:
            m = start - dt.timedelta(hours=rnd.randint(1, 48))
        elif r < 0.8:
            m = max(marks) + dt.timedelta(hours=rnd.randint(1, 500))
        else:
            lo, hi = min(marks), max(marks)
            m = lo + (hi - lo) * rnd.random()
            m = m.replace(microsecond=0)
        nows.append(m)
    return nows


# ----------------------------------------------------------------------------
# Comparison
# ----------------------------------------------------------------------------
def key_of(kind, who, about):
    return (kind, who, about)


def compare(doc, now, got_steps):
    """Return list of (category, detail) mismatches."""
    zone = ZoneInfo(doc["interview"]["timeZone"])
    ex = plan(doc, now)
    out = []
    pool = {}
    for g in got_steps:
        pool.setdefault(key_of(g.get("kind"), g.get("who"), g.get("about")), []).append(g)
    for e in ex:
        k = key_of(e["kind"], e["who"], e["about"])
        if not pool.get(k):
            out.append(("missing step %s" % e["kind"], "expected %r" % (k,)))
            continue
        g = pool[k].pop(0)
        amb = " [end-of-day 23:59:59 repeats locally]" if e["ambiguous_eod"] else ""
        exp_due = fmt(e["due"], zone)
        if g.get("due") != exp_due:
            try:
                delta = int((parse_rfc3339(g["due"]) - e["due"]).total_seconds())
            except Exception:
                delta = "unparseable"
            if delta == 0:
                cat = "due offset/format %s" % e["kind"]
            else:
                cat = "due %s delta=%ss%s" % (e["kind"], delta, amb)
            out.append((cat, "due expected %s got %s" % (exp_due, g.get("due"))))
        exp_l = fmt(e["lapses"], zone) if e["lapses"] is not None else None
        got_l = g.get("lapses")
        if exp_l != got_l:
            if exp_l is None or got_l is None:
                cat = "lapses presence %s" % e["kind"]
            else:
                delta = int((parse_rfc3339(got_l) - e["lapses"]).total_seconds())
                cat = ("lapses offset/format %s" % e["kind"]) if delta == 0 else \
                    "lapses %s delta=%ss%s" % (e["kind"], delta, amb)
            out.append((cat, "lapses expected %s got %s" % (exp_l, got_l)))
        for f in ("optional", "late", "lapsed"):
            if g.get(f) is not e[f]:
                out.append(("%s %s" % (f, e["kind"]),
                            "%s expected %s got %s" % (f, e[f], g.get(f))))
        if e["kind"] == "tell-connection" and e["caution"] != ("caution" in g):
            out.append(("caution tell-connection", "caution expected %s got %s"
                        % (e["caution"], "caution" in g)))
        if e["kind"] != "tell-connection" and "caution" in g:
            out.append(("caution on %s" % e["kind"], "unexpected caution"))
    for k, rest in pool.items():
        for g in rest:
            out.append(("extra step %s" % g.get("kind"), "got %r" % (k,)))
    # order: late, upcoming by due, lapsed (checked with the program's own flags)
    grp = [2 if g.get("lapsed") else (0 if g.get("late") else 1) for g in got_steps]
    if grp != sorted(grp):
        out.append(("order of groups", "groups %s" % grp))
    up = [parse_rfc3339(g["due"]) for g in got_steps
          if not g.get("lapsed") and not g.get("late") and "due" in g]
    if up != sorted(up):
        out.append(("order of upcoming by due", "dues %s" % [g.get("due") for g in got_steps]))
    return out


def run_bin(binary, paths_nows):
    procs = []
    for path, now_s in paths_nows:
        procs.append(subprocess.Popen([binary, "plan", "--now", now_s, "--format", "json", path],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    res = []
    for p in procs:
        o, e = p.communicate()
        res.append((p.returncode, o.decode("utf-8", "replace"), e.decode("utf-8", "replace")))
    return res


def fmt_now(rnd, now, zone):
    r = rnd.random()
    if r < 0.5:
        return fmt(now, zone)
    if r < 0.8:
        return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return fmt(now, dt.timezone(dt.timedelta(hours=rnd.choice([-8, 2, 9]))))


# ----------------------------------------------------------------------------
# Refusal checks
# ----------------------------------------------------------------------------
BAD_CHARS = ["\n", "\r\n", "\r", "\t", "\x00", "\x1f", "\x7f", "\x85", "\x9f"]


def refusal_cases(rnd, n):
    """Every bad character in interviewer names, contact names, company and role;
    decisionBy before start in several notations; and accepted controls."""
    cases = []  # (doc, expected_exit, expected_path or None, label)

    def base():
        while True:
            d = gen_file(rnd)
            if d.get("contacts"):
                return d

    for ch in BAD_CHARS:
        d = base()
        i = rnd.randrange(len(d["interview"]["interviewers"]))
        nm = d["interview"]["interviewers"][i]["name"]
        d["interview"]["interviewers"][i]["name"] = nm[:2] + ch + nm[2:]
        cases.append((d, 2, "interview.interviewers[%d].name" % i, "interviewer name with %r" % ch))
        d = base()
        i = rnd.randrange(len(d["contacts"]))
        d["contacts"][i]["name"] = d["contacts"][i]["name"] + ch + "x"
        cases.append((d, 2, "contacts[%d].name" % i, "contact name with %r" % ch))
        d = base()
        fld = rnd.choice(["company", "role"])
        d["interview"][fld] = ch + d["interview"][fld]
        cases.append((d, 2, "interview.%s" % fld, "%s with %r" % (fld, ch)))
    for ch in ["\x00", "\x1b", "\r", "\x7f", "\x9f"]:
        d = base()
        d.setdefault("debrief", {})["forgotToMention"] = ["ok", "a" + ch + "b"]
        cases.append((d, 2, "debrief.forgotToMention[1]", "free text with %r" % ch))
    while len(cases) < n:
        d = base()
        iv = d["interview"]
        zone = ZoneInfo(iv["timeZone"])
        start = parse_rfc3339(iv["start"])
        k = len(cases) % 3
        if k == 0:
            iv["decisionBy"] = wr(start - SEC * rnd.choice([1, 60, 86400]), zone, rnd)
            cases.append((d, 2, "interview.decisionBy", "decisionBy before start"))
        elif k == 1:
            iv["decisionBy"] = start.strftime("%Y-%m-%dT%H:%M:%SZ")
            cases.append((d, 0, None, "decisionBy == start (other offset) accepted"))
        else:
            d.setdefault("debrief", {})["forgotToMention"] = ["a\nb", "c\r\nd\te"]
            cases.append((d, 0, None, "free text with line breaks accepted"))
    return cases


# ----------------------------------------------------------------------------
def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    binary = args[0]
    seed, nfiles, nnows, verbose = 20261120, 500, 3, False
    i = 1
    while i < len(args):
        if args[i] == "--seed":
            seed = int(args[i + 1]); i += 2
        elif args[i] == "--files":
            nfiles = int(args[i + 1]); i += 2
        elif args[i] == "--nows":
            nnows = int(args[i + 1]); i += 2
        elif args[i] == "--verbose":
            verbose = True; i += 1
        else:
            print("unknown argument " + args[i]); return 2
    if not os.access(binary, os.X_OK):
        print("not an executable: " + binary)
        return 2
    rnd = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="playbook-oracle-")
    scenarios = []
    for n in range(nfiles):
        doc = gen_file(rnd)
        path = os.path.join(tmp, "f%04d.json" % n)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        zone = ZoneInfo(doc["interview"]["timeZone"])
        for now in pick_nows(rnd, doc, nnows):
            scenarios.append((doc, path, now, fmt_now(rnd, now, zone)))

    cov = {}

    def cover(name):
        cov[name] = cov.get(name, 0) + 1

    def coverage(doc, now):
        iv = doc["interview"]
        zone = ZoneInfo(iv["timeZone"])
        st = (iv.get("outcome") or {}).get("status", "pending")
        cover("status " + st + (" +nextRoundAt" if (iv.get("outcome") or {}).get("nextRoundAt") else ""))
        cover("wantsJob " + str(iv.get("wantsJob", True)))
        if "decisionBy" in iv:
            d = parse_rfc3339(iv["decisionBy"])
            if local_day(d, zone) != d.date():
                cover("decisionBy local date != UTC date")
            if local_day(d, zone).weekday() >= 5:
                cover("decisionBy on a local weekend")
        start = parse_rfc3339(iv["start"])
        if local_day(start, zone).weekday() >= 4:
            cover("interview on Fri/Sat/Sun local")
        for e in plan(doc, now):
            cover("kind " + e["kind"])
            if e["lapses"] is not None and now == e["lapses"]:
                cover("now == lapse time")
            if e["lapses"] is not None and now == e["lapses"] + SEC:
                cover("now == lapse time + 1s")
            if now == e["due"]:
                cover("now == due")
            if e["lapses"] is not None and e["lapses"].astimezone(zone).utcoffset() != e["due"].astimezone(zone).utcoffset():
                cover("DST change between due and lapse")
            if e["ambiguous_eod"]:
                cover("end of day on a day whose 23:59:59 repeats")
            cover("state " + ("lapsed" if e["lapsed"] else "late" if e["late"] else "upcoming"))
        t0 = parse_rfc3339(iv["end"]) if iv.get("end") else start + H
        if any(tr > start and tr < t0 + 30 * DAY for tr in transitions(iv["timeZone"])):
            cover("DST change within 30 days after the interview")

    cats = {}  # category -> [count, example]
    failures_run = 0
    total_steps = 0
    B = 16
    for b in range(0, len(scenarios), B):
        batch = scenarios[b:b + B]
        res = run_bin(binary, [(p, ns) for (_, p, _, ns) in batch])
        for (doc, path, now, now_s), (rc, out, err) in zip(batch, res):
            if rc != 0:
                failures_run += 1
                mm = [("exit status %d on a valid file" % rc, err.strip()[:200])]
                got = None
            else:
                try:
                    got = json.loads(out)["steps"]
                except Exception as ex:
                    mm = [("unparseable output", str(ex))]
                    got = None
                else:
                    total_steps += len(got)
                    coverage(doc, now)
                    mm = compare(doc, now, got)
            for cat, det in mm:
                size = len(json.dumps(doc))
                c = cats.setdefault(cat, [0, None])
                c[0] += 1
                if c[1] is None or size < c[1]["size"]:
                    c[1] = dict(size=size, doc=doc, now=now_s, detail=det, path=path)

    # refusal checks
    rcases = refusal_cases(rnd, 60)
    rlog = []
    rpaths = []
    for n, (d, _, _, _) in enumerate(rcases):
        p = os.path.join(tmp, "bad%03d.json" % n)
        with open(p, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)
        rpaths.append(p)
    res = run_bin(binary, [(p, "2026-01-01T00:00:00Z") for p in rpaths])
    for (d, exp_rc, exp_path, label), p, (rc, out, err) in zip(rcases, rpaths, res):
        probs = []
        if rc != exp_rc:
            probs.append("exit %d, expected %d" % (rc, exp_rc))
        if exp_rc == 2:
            lines = err.rstrip("\n").split("\n")
            if len(lines) != 1:
                probs.append("stderr has %d lines" % len(lines))
            if exp_path and (exp_path + ":") not in err:
                probs.append("path %s not named" % exp_path)
            if os.path.basename(p) not in err:
                probs.append("file not named")
        rlog.append("%s -> exit %d %s" % (label, rc, err.strip()[:160]))
        for pr in probs:
            cat = "refusal: %s: %s" % (label.split(" with ")[0], pr.split(",")[0])
            c = cats.setdefault(cat, [0, None])
            c[0] += 1
            if c[1] is None:
                c[1] = dict(size=0, doc=d, now="-", detail="%s; stderr=%r" % (label, err.strip()),
                            path=p)

    print("scenarios: %d (files %d, nows per file %d), steps compared: %d, refusal cases: %d"
          % (len(scenarios), nfiles, nnows, total_steps, len(rcases)))
    print("valid files refused: %d" % failures_run)
    if verbose:
        print("\n".join(rlog))
    print("coverage: " + "; ".join("%s %d" % kv for kv in sorted(cov.items())))
    if not cats:
        print("no mismatches")
        for f in os.listdir(tmp):
            os.remove(os.path.join(tmp, f))
        os.rmdir(tmp)
        return 0
    print("files kept in " + tmp)
    print("mismatch categories: %d" % len(cats))
    for cat in sorted(cats):
        cnt, ex = cats[cat]
        print("- %s: %d  e.g. %s  now=%s  file=%s" % (cat, cnt, ex["detail"], ex["now"], ex["path"]))
        if verbose:
            print("    " + json.dumps(ex["doc"], ensure_ascii=False))
    return 1


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("--"):
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        sys.argv.insert(1, os.environ.get("REBOUND_BIN", os.path.join(root, ".build", "debug", "rebound")))
    status = main()
    print("playbook contract tests: %d passed, %d failed" % ((1, 0) if status == 0 else (0, 1)))
    sys.exit(status)
