"""Rebound in a real browser, as a job seeker uses it.

Starts `rebound serve` on a fresh SQLite database in a temporary folder, drives Debian's
chromium through chromedriver with Selenium, and keeps a screenshot of every main page at
phone (360 px) and desktop (1200 px) widths in BrowserTests/screenshots/ (not committed).
Every page is also checked with axe-core for WCAG 2.2 A and AA problems at both widths; axe
comes from PyPI's axe-playwright-python wheel (`pip install --no-deps axe-playwright-python`
is enough: only its axe.min.js is read) or from the file AXE_JS names.

Run it with `python3 BrowserTests/flow_test.py` after `swift build`; REBOUND_BIN names the
binary (default: .build/debug/rebound).
"""
import datetime
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
import zoneinfo

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHOTS = os.path.join(ROOT, "BrowserTests", "screenshots")
BIN = os.environ.get("REBOUND_BIN", os.path.join(ROOT, ".build", "debug", "rebound"))


def axe_source():
    """axe-core's script, or None when it is not installed (a failure under CI)."""
    path = os.environ.get("AXE_JS")
    if not path:
        spec = importlib.util.find_spec("axe_playwright_python")
        if spec and spec.submodule_search_locations:
            path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as file:
            return file.read()
    if os.environ.get("CI") == "true":
        sys.exit("axe-core is missing: pip install --no-deps axe-playwright-python, or set AXE_JS")
    print("accessibility checks skipped: pip install --no-deps axe-playwright-python to run them")
    return None


AXE = axe_source()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`rebound serve` on a throwaway database, stopped at the end, pass or fail."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="rebound-browser-")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, XDG_DATA_HOME=self.folder)
        env.pop("REBOUND_DATABASE_URL", None)
        self.log = open(os.path.join(self.folder, "server.log"), "w")
        self.process = subprocess.Popen([BIN, "serve", "--port", str(self.port)], env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("rebound serve stopped at start; see " + self.log.name)
            try:
                urllib.request.urlopen(self.base + "/sign-in", timeout=1)
                return
            except Exception:
                time.sleep(0.2)
        raise RuntimeError("rebound serve did not answer within 60 s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class ReboundInABrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(SHOTS, ignore_errors=True)
        os.makedirs(SHOTS)
        cls.server = Server()
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1200,1000", "--lang=en-GB"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            options.binary_location = chromium
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        cls.driver = webdriver.Chrome(service=Service(driver_path), options=options)
        cls.driver.implicitly_wait(2)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()

    # Helpers -----------------------------------------------------------------------------

    def go(self, path):
        self.driver.get(self.server.base + path)

    def path(self):
        return self.driver.current_url[len(self.server.base):]

    def fill(self, name, value, index=0):
        fields = self.driver.find_elements(By.NAME, name)
        if len(fields) <= index:
            self.fail(f"no field {name!r} (#{index}) on {self.path()}: {self.text()[:300]!r}")
        field = fields[index]
        field.clear()
        field.send_keys(value)

    def choose(self, name, value):
        Select(self.driver.find_element(By.NAME, name)).select_by_value(value)

    def click(self, element):
        """Clicks something that loads a page, and waits until the new page has replaced the
        old one and finished loading."""
        self.mark_page()
        element.click()
        self.wait_for_new_page()

    def mark_page(self):
        # A flag on the window: a new document gets a new window object without it. (Waiting
        # for an old node to go stale is not enough: chromedriver sometimes answers that with
        # a general error instead of a stale-element one.)
        self.driver.execute_script("window.reboundOldPage = true")

    def wait_for_new_page(self):
        WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.execute_script("return window.reboundOldPage === undefined"), "the page did not change")
        self.settle()

    def settle(self):
        # A script run while a document is being swapped may fail; that is asked again, not fatal.
        WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.execute_script("return document.readyState") == "complete", "the page did not finish loading")

    def click_found(self, selector):
        """Finds and clicks a control that loads a page. A node swapped out from under the
        driver before the click is looked up again; once the click has landed it is never
        repeated, so a slow page cannot be skipped by a second click."""
        for attempt in range(3):
            self.settle()
            try:
                button = self.driver.find_element(By.CSS_SELECTOR, selector)
                self.mark_page()
                button.click()
                break
            except StaleElementReferenceException:
                if attempt == 2:
                    raise
                time.sleep(0.2)
        self.wait_for_new_page()

    def press(self, value):
        self.click_found(f"main button[name=go][value={value}]")

    def submit(self, form_action):
        self.click_found(f"main form[action='{form_action}'] button[type=submit]")

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "main").text

    def shot(self, name):
        """A full-page screenshot at phone and desktop width, with the page checked at each:
        no sideways scrolling, axe-core, every target at least 24 px square, every visible
        field labelled, no console errors."""
        driver = self.driver
        for width in (390, 1280):
            driver.set_window_size(width, 844 if width < 600 else 800)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            self.assertLessEqual(overflow, 0, f"{name} scrolls sideways at {width} px")
            self.assertAccessible(name, width)
            self.assertTargetsLargeEnough(name, width)
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(height + 120, 6000))
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(os.path.join(SHOTS, f"{name}-{width}.png"))
        driver.set_window_size(1200, 1000)
        unlabelled = driver.execute_script("""
            return [...document.querySelectorAll('input, select, textarea')]
              .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
              .map(e => e.name || e.id);""")
        self.assertEqual(unlabelled, [], f"{name}: fields without a label")
        self.assertNoConsoleErrors(name)

    def assertAccessible(self, name, width):
        """axe-core finds no WCAG 2.2 A or AA violation on the page as it is shown now."""
        if AXE is None:
            return
        driver = self.driver
        if not driver.execute_script("return typeof window.axe !== 'undefined'"):
            driver.execute_script(AXE)
        violations = driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
              .then(r => done(r.violations.map(v => v.id + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));""", WCAG_TAGS)
        self.assertEqual(violations, [], f"{name} at {width} px: accessibility violations")

    def assertTargetsLargeEnough(self, name, width):
        """Every visible link, button, field and disclosure is at least 24 by 24 CSS pixels
        (WCAG 2.2, 2.5.8), with no exception for spacing."""
        small = self.driver.execute_script("""
            return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.width < 24 || r.height < 24)
              .map(([e, r]) => e.tagName.toLowerCase() + ' "' + (e.id || e.name || e.textContent.trim().slice(0, 40))
                               + '" ' + Math.round(r.width) + 'x' + Math.round(r.height));""")
        self.assertEqual(small, [], f"{name} at {width} px: targets under 24 x 24 px")

    def assertNoConsoleErrors(self, where):
        # A form sent back with a problem answers 400 on purpose; anything else is a fault.
        errors = [entry["message"] for entry in self.driver.get_log("browser")
                  if entry["level"] == "SEVERE" and "status of 400 (Bad Request)" not in entry["message"]]
        self.assertEqual(errors, [], f"{where}: console errors (a CSP violation shows here)")

    def wait_for(self, condition, message, timeout=10):
        WebDriverWait(self.driver, timeout).until(condition, message)

    def fetch(self, path):
        """What the signed-in browser gets from `path` (the same as a download link)."""
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch(arguments[0]).then(r => r.text()).then(done);", path)

    # The flow ----------------------------------------------------------------------------

    def test_a_person_recovers_from_a_bad_interview(self):
        driver = self.driver
        # 1. A new install: the first visit sets up the owner account.
        self.go("/")
        self.assertEqual(self.path(), "/setup")
        self.shot("01-setup")
        self.fill("name", "Ana Silva")
        self.fill("email", "ana@example.org")
        self.fill("password", "correct-horse")
        self.fill("confirm", "correct-horse")
        self.submit("/setup")
        self.assertEqual(self.path(), "/")
        self.shot("02-dashboard-empty")

        # 2. Records an interview of yesterday; a wrong time zone is named and nothing typed is lost.
        self.click(driver.find_element(By.LINK_TEXT, "Record an interview"))
        # Thirty hours ago in New York: the same-day thank-yous are late, the two-day reread is not due.
        started = datetime.datetime.now(zoneinfo.ZoneInfo("America/New_York")) - datetime.timedelta(hours=30)
        day, clock = started.strftime("%Y-%m-%d"), started.strftime("%H:%M")
        self.fill("company", "Northwind Traders")
        self.fill("role", "Marketing Coordinator")
        driver.execute_script(f"document.getElementById('date').value = '{day}';"
                              f"document.getElementById('time').value = '{clock}';")
        self.fill("zone", "Mars/Olympus_Mons")
        self.fill("interviewers", "Dana Reyes\nMarcus Bell")
        self.shot("03-new-interview")
        self.submit("/interviews")
        self.assertIn("Time zone", driver.find_element(By.ID, "problem").text)
        self.assertEqual(driver.find_element(By.NAME, "company").get_attribute("value"), "Northwind Traders")
        self.fill("zone", "America/New_York")
        self.submit("/interviews")
        self.assertRegex(self.path(), r"^/interviews/[0-9a-f-]+/debrief/went-well$", self.text()[:300])
        interview = self.path().split("/")[2]

        # 3. The debrief, starting with what went well.
        self.assertIn("What went well", driver.find_element(By.TAG_NAME, "h1").text)
        self.fill("item", "Opened with the rebrand story and she laughed")
        self.shot("04-debrief-went-well")
        self.press("next")
        self.fill("wrong[0].text", "Drew a blank on the leadership question")
        self.choose("wrong[0].kind", "blank")
        self.press("next")
        self.fill("q[0].text", "Tell me about a time you led a team.")
        self.choose("q[0].askedBy", "Dana Reyes")
        self.choose("q[0].rating", "weak")
        self.fill("q[0].better", "I chaired the five-person brand committee; satisfaction with our materials rose 70%.")
        self.shot("05-debrief-questions")
        self.press("next")
        self.fill("item", "My analytics certificate")
        self.press("next")
        self.fill("p[0].email", "dana@northwind.example")
        self.choose("p[0].hiringManager", "yes")
        self.shot("06-debrief-interviewers")
        self.press("next")
        self.fill("c[0].name", "Priya Natarajan")
        self.choose("c[0].relation", "reference")
        self.choose("c[0].mayBeContacted", "yes")
        self.press("next")
        driver.find_element(By.CSS_SELECTOR, "input[name=wantsJob][value=yes]").click()
        self.press("next")

        # 4. The plan: yesterday's thank-yous are late and come first.
        self.assertEqual(self.path(), f"/interviews/{interview}")
        page = self.text()
        self.assertIn("Late", page)
        self.assertLess(page.index("Late"), page.index("Send Dana Reyes a thank-you note"))
        self.assertIn("Priya Natarajan", page)
        self.assertNotIn("Next time", page)
        self.shot("07-interview-plan")

        # 5. The thank-you: an apology typed in is caught as the user types, then removed.
        self.click(driver.find_element(By.CSS_SELECTOR, "li[id^='step-thank-you'][id*='Dana'] a"))
        self.assertIn("Thank-you to Dana Reyes", driver.find_element(By.TAG_NAME, "h1").text)
        summary = driver.find_element(By.ID, "check-summary")
        self.wait_for(lambda d: "ok" in summary.get_attribute("class"), "the suggested draft should pass the check")
        body = driver.find_element(By.ID, "body")
        body.send_keys(Keys.CONTROL, Keys.END)
        added = "\nSorry, I was so nervous and I messed up."
        body.send_keys(added)
        self.wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#check-findings li"), "the apology should be listed")
        findings = driver.find_element(By.ID, "check-findings").text
        self.assertIn("Sorry", findings)
        self.assertNotIn("ok", summary.get_attribute("class"))
        self.shot("08-draft-with-finding")
        # The user decides: one finding marked "this is fine" leaves the check, muted, and the
        # text being edited stays as typed; "check it again" brings it back.
        draft_page = self.path()
        self.click(driver.find_element(By.CSS_SELECTOR, "#check-findings button[name=dismiss][value^='apology|']"))
        self.assertIn("Marked as fine", self.text())
        self.assertIn(added.strip(), driver.find_element(By.ID, "body").get_attribute("value"))
        dismissed = driver.find_element(By.ID, "check-dismissed").text
        self.assertIn("Sorry", dismissed)
        self.assertNotIn("apology|", "".join(b.get_attribute("value") for b in
                                             driver.find_elements(By.CSS_SELECTOR, "#check-findings button[name=dismiss]")))
        self.shot("08b-draft-finding-dismissed")
        self.click(driver.find_element(By.CSS_SELECTOR, "#check-dismissed button[name=restore]"))
        self.assertIn("back in the check", self.text())
        self.assertTrue(driver.find_elements(By.CSS_SELECTOR, "#check-findings button[name=dismiss][value^='apology|']"))
        body = driver.find_element(By.ID, "body")
        summary = driver.find_element(By.ID, "check-summary")
        body.send_keys(Keys.CONTROL, Keys.END)
        body.send_keys(Keys.BACKSPACE * len(added))
        self.wait_for(lambda d: "ok" in summary.get_attribute("class"), "the check should be clean again")
        # A rule turned off in Settings is left out of the live check.
        self.go("/settings")
        driver.find_element(By.CSS_SELECTOR, "input[name=rule][value=apology]").click()
        self.submit("/settings/check")
        self.assertIn("Your message check is set", self.text())
        self.go(draft_page)
        body = driver.find_element(By.ID, "body")
        summary = driver.find_element(By.ID, "check-summary")
        body.send_keys(Keys.CONTROL, Keys.END)
        sorry = "\nI am so sorry about how it went."
        body.send_keys(sorry)
        time.sleep(1.0)
        self.wait_for(lambda d: "ok" in summary.get_attribute("class"), "with apologies off, the sorry is not flagged")
        body.send_keys(Keys.BACKSPACE * len(sorry))
        self.go("/settings")
        driver.find_element(By.CSS_SELECTOR, "input[name=rule][value=apology]").click()
        self.submit("/settings/check")
        self.go(draft_page)
        body = driver.find_element(By.ID, "body")
        summary = driver.find_element(By.ID, "check-summary")
        self.wait_for(lambda d: "ok" in summary.get_attribute("class"), "the check should be clean again")
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "#check-findings li"), [])
        body.send_keys(Keys.CONTROL, Keys.END)
        body.send_keys("\nP.S. I have since finished the analytics certificate I mentioned.")
        self.wait_for(lambda d: "ok" in summary.get_attribute("class"), "the addition should pass the check")
        self.press("save")
        self.assertIn("saved", self.driver.current_url)
        self.assertIn("analytics certificate I mentioned", driver.find_element(By.ID, "body").get_attribute("value"))
        self.shot("09-draft-clean")

        # 6. Sent: marks the step done; it moves to Done.
        self.go(f"/interviews/{interview}")
        step = driver.find_element(By.CSS_SELECTOR, "li[id^='step-thank-you'][id*='Dana']")
        self.click(step.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        done = driver.find_element(By.CSS_SELECTOR, "ol.done-list")
        self.assertIn("Send Dana Reyes a thank-you note", done.text)
        self.shot("10-interview-step-done")

        # 6b. The drafts list, and the call script: a number to tap and words to say, no e-mail.
        self.go(f"/interviews/{interview}/drafts")
        self.shot("10b-drafts")
        self.click(driver.find_element(By.PARTIAL_LINK_TEXT, "Call script"))
        self.assertEqual(driver.find_elements(By.ID, "copy-body"), [])
        self.assertIn("No phone number for Dana Reyes", self.text())
        self.shot("10c-call-script")

        # 7. The dashboard shows what is late and what is next.
        self.go("/")
        self.assertIn("Northwind Traders", self.text())
        self.shot("11-dashboard")

        # 8. Practice: the plan's practice step opens the weak question with the STAR boxes; a
        #    weak answer is saved and comes back at the end of the sitting; the bank shows it.
        self.go(f"/interviews/{interview}")
        self.click(driver.find_element(By.LINK_TEXT, "Practise it now"))
        self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, "Tell me about a time you led a team.")
        self.assertIn("I chaired the five-person brand committee", self.text())
        self.fill("situation", "The brand committee, last spring")
        self.fill("action", "I set a weekly agenda and shared the numbers")
        self.fill("result", "Satisfaction with our materials rose 70%")
        self.shot("12-practice-question")
        self.click_found("main button[name=rating][value=weak]")
        self.assertIn("comes back at the end of this sitting", self.text())
        self.go("/questions?source=weak")
        self.assertIn("Tell me about a time you led a team.", self.text())
        self.assertIn("Asked once, last at Northwind Traders: weak", self.text())
        self.shot("13-question-bank")
        self.go("/practice")
        self.assertIn("Start a sitting", self.text())
        self.shot("12b-practice-start")
        self.go("/companies")
        self.shot("12c-companies")
        self.go("/insights")
        self.assertIn("With one interview there is nothing to compare yet", self.text())
        self.assertIn("Went blank", self.text())
        self.shot("13b-insights")
        self.go(f"/interviews/{interview}")
        self.click_found(f"main form[action='/interviews/{interview}/share'] button[type=submit]")
        link = driver.find_element(By.ID, "share-url").get_attribute("value")
        self.assertIn("/shared/", link)
        self.driver.get(link)
        self.assertIn("so you can help them think it through", self.text())
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "main form"), [])
        self.shot("13d-shared-with-mentor")
        self.go("/mock")
        self.fill("role", "Marketing Coordinator")
        self.fill("company", "Contoso")
        self.click_found("main form[action='/mock'] button[type=submit]")
        sheet = driver.find_element(By.CSS_SELECTOR, "article.mock-sheet")
        self.assertIn("Tell me about a time you led a team.", sheet.text)
        self.assertEqual(len(sheet.find_elements(By.CSS_SELECTOR, "li.mock-question")), 8)
        self.shot("13c-mock-sheet")

        # 8b. Invited back: the interview page leads to the company's page, which holds the
        #     answer wished for; notes on the company are saved and pick the field's questions.
        self.go(f"/interviews/{interview}")
        self.choose("status", "next-round")
        ahead = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
        driver.execute_script("document.getElementById('nextRoundDate').value = arguments[0];"
                              "document.getElementById('nextRoundTime').value = '14:00';", ahead)
        self.submit(f"/interviews/{interview}/outcome")
        self.click(driver.find_element(By.LINK_TEXT, "Prepare for the next round at Northwind Traders"))
        self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, "Prepare for Northwind Traders")
        self.assertIn("Your next round is on", self.text())
        self.assertIn("What you wish you had said: I chaired the five-person brand committee", self.text())
        self.fill("history", "Family firm, founded 1987")
        self.fill("goals", "Online first by 2030")
        self.choose("field", "marketing")
        self.submit("/companies/northwind-traders")
        self.assertIn("Saved.", self.text())
        self.assertIn("Common in marketing", self.text())
        self.assertEqual(driver.find_element(By.ID, "goals").get_attribute("value"), "Online first by 2030")
        self.shot("13e-next-round")

        # 9. Export everything, delete the interview, import the file: nothing is lost.
        export = self.fetch("/export/everything.json")
        document = json.loads(export)
        self.assertEqual(document["format"], "rebound.export/1")
        self.assertEqual(len(document["interviews"]), 1)
        self.assertEqual([c["goals"] for c in document["companies"]], ["Online first by 2030"])
        calendar = self.fetch(f"/interviews/{interview}/plan.ics")
        self.assertTrue(calendar.startswith("BEGIN:VCALENDAR"))
        folder = tempfile.mkdtemp(prefix="rebound-files-")
        good = os.path.join(folder, "export.json")
        with open(good, "w") as handle:
            handle.write(export)
        bad = os.path.join(folder, "bad.json")
        broken = json.loads(export)
        broken["interviews"][0]["file"]["interview"]["start"] = "last Friday"
        with open(bad, "w") as handle:
            json.dump(broken, handle)

        self.go(f"/interviews/{interview}")
        delete = driver.find_element(By.CSS_SELECTOR, f"form[action='/interviews/{interview}/delete']")
        delete.find_element(By.NAME, "confirm").click()
        self.click(delete.find_element(By.CSS_SELECTOR, "button"))
        self.assertNotIn("Northwind Traders", self.text())

        self.go("/settings")
        self.shot("14-settings")
        self.click(driver.find_element(By.LINK_TEXT, "Import interviews"))
        driver.find_element(By.ID, "file").send_keys(bad)
        self.submit("/import")
        self.assertIn("interviews[0].file.interview.start: not an RFC 3339 date-time", self.text())
        self.shot("15-import-problems")
        self.go("/")
        self.assertNotIn("Northwind Traders", self.text())

        self.go("/import")
        driver.find_element(By.ID, "file").send_keys(good)
        self.submit("/import")
        self.assertIn("Imported 1 interview.", self.text())
        self.go(f"/interviews/{interview}")
        self.assertIn("Send Dana Reyes a thank-you note", driver.find_element(By.CSS_SELECTOR, "ol.done-list").text)
        self.click(driver.find_element(By.CSS_SELECTOR, "li[id^='step-thank-you'][id*='Dana'] a"))
        self.assertIn("analytics certificate I mentioned", driver.find_element(By.ID, "body").get_attribute("value"))
        shutil.rmtree(folder, ignore_errors=True)

        # 10. Signs out; the notes need the password again.
        self.click(driver.find_element(By.CSS_SELECTOR, "form[action='/sign-out'] button"))
        self.assertTrue(self.path().startswith("/sign-in"))
        self.shot("16-sign-in")
        self.go(f"/interviews/{interview}")
        self.assertTrue(self.path().startswith("/sign-in"))

    def test_b_silence_then_an_offer(self):
        """An interview entered twelve days late: the thank-you is let go, not shouted about;
        the employer's silence brings a check-in; then an offer is congratulated and answered."""
        driver = self.driver
        self.go("/sign-in")
        if self.path().startswith("/sign-in"):  # signed out at the end of the first walk
            self.fill("email", "ana@example.org")
            self.fill("password", "correct-horse")
            self.submit("/sign-in")
        self.go("/interviews/new")
        started = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/London")) - datetime.timedelta(days=12)
        self.fill("company", "Fabrikam")
        self.fill("role", "Data Analyst")
        driver.execute_script(f"document.getElementById('date').value = '{started.strftime('%Y-%m-%d')}';"
                              f"document.getElementById('time').value = '{started.strftime('%H:%M')}';")
        self.fill("zone", "Europe/London")
        self.fill("interviewers", "Grace Mensah")
        self.submit("/interviews")
        interview = self.path().split("/")[2]
        self.fill("item", "Walked through the churn model without notes")
        self.press("next")
        self.press("next")
        self.fill("q[0].text", "How would you explain a model to a non-technical manager?")
        self.choose("q[0].rating", "ok")
        self.press("next")
        self.press("next")
        self.press("next")
        self.fill("c[0].name", "Sam Ortiz")
        self.choose("c[0].relation", "recruiter")
        self.press("next")
        driver.find_element(By.CSS_SELECTOR, "input[name=wantsJob][value=yes]").click()
        self.press("next")

        # Silence: the check-in to the recruiter is what is late; the thank-you is let go.
        self.assertEqual(self.path(), f"/interviews/{interview}")
        late = driver.find_element(By.CSS_SELECTOR, "h3.late-heading + ol").text
        self.assertIn("Ask Sam Ortiz where things stand", late)
        self.assertNotIn("thank-you", late)
        let_go = driver.find_element(By.CSS_SELECTOR, "ol.lapsed-list").text
        self.assertIn("Send Grace Mensah a thank-you note", let_go)
        self.shot("17-silence-and-let-go")
        self.click(driver.find_element(By.CSS_SELECTOR, "li[id^='step-check-in'] a"))
        self.assertIn("Check-in to Sam Ortiz", driver.find_element(By.TAG_NAME, "h1").text)
        summary = driver.find_element(By.ID, "check-summary")
        self.wait_for(lambda d: "ok" in summary.get_attribute("class"), "the check-in draft should pass the check")
        self.shot("18-check-in-draft")

        # The offer: congratulations, a reply that asks for time, a thank-you for the recruiter.
        self.go(f"/interviews/{interview}")
        self.choose("status", "offer")
        self.submit(f"/interviews/{interview}/outcome")
        self.assertIn("Congratulations on the offer", self.text())
        late = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "h3.late-heading + ol > li")]
        self.assertTrue(all("Reread your notes" in item for item in late), f"only the reread may be late: {late}")
        self.shot("19-offer")
        self.click(driver.find_element(By.LINK_TEXT, "Your reply to the offer and your thank-you notes"))
        self.assertIn("Congratulations", self.text())
        self.assertIn("Good news to Sam Ortiz", self.text())
        self.click(driver.find_element(By.PARTIAL_LINK_TEXT, "Reply to the offer"))
        summary = driver.find_element(By.ID, "check-summary")
        self.wait_for(lambda d: "ok" in summary.get_attribute("class"), "the reply to the offer should pass the check")
        self.assertIn("I will give you my answer by", driver.find_element(By.ID, "body").get_attribute("value"))
        self.shot("20-offer-reply")


    def test_c_the_quick_path_on_a_phone(self):
        """From the sign-in page to a copied thank-you in at most six taps at 390 x 844, with
        the better answer added on the way; typing is not counted, every tap on a link or a
        button is."""
        driver = self.driver
        driver.set_window_size(390, 844)
        driver.execute_cdp_cmd("Browser.grantPermissions", {
            "origin": self.server.base, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        self.go("/")
        if not self.path().startswith("/sign-in"):
            self.driver.delete_all_cookies()
            self.go("/sign-in")
        taps = 0

        def tap(element):
            nonlocal taps
            taps += 1
            self.click(element)

        self.fill("email", "ana@example.org")
        self.fill("password", "correct-horse")
        tap(driver.find_element(By.CSS_SELECTOR, "main form[action='/sign-in'] button[type=submit]"))
        tap(driver.find_element(By.LINK_TEXT, "Just came out of an interview?"))
        self.fill("company", "Riverside Primary School")
        self.fill("role", "Year 4 Teacher")
        self.fill("interviewers", "Grace Mensah")
        self.fill("worst", "How would you handle a parent who disagrees with a grade?")
        self.shot("21-quick-path")
        tap(driver.find_element(By.CSS_SELECTOR, "main form[action='/interviews/quick'] button[type=submit]"))
        self.assertIn("Thank-you to Grace Mensah", driver.find_element(By.TAG_NAME, "h1").text)
        self.fill("answer", "I would invite the parent in, show the rubric and the work side by side, and agree a next step together.")
        tap(driver.find_element(By.XPATH, "//button[normalize-space()='Add it to my note']"))
        self.assertIn("show the rubric", driver.find_element(By.ID, "body").get_attribute("value"))
        summary = driver.find_element(By.ID, "check-summary")
        self.assertIn("ok", summary.get_attribute("class"))
        # The verdict and the actions are on the first screen, under the editor.
        copy = driver.find_element(By.ID, "copy-body")
        bottom = driver.execute_script("return arguments[0].getBoundingClientRect().bottom", copy)
        self.assertLessEqual(bottom, 844 * 1.6, "the copy button should be within reach, not pages below")
        self.shot("22-quick-thank-you")
        driver.set_window_size(390, 844)
        taps += 1
        copy.click()
        self.wait_for(lambda d: copy.text == "Copied", "the message should be copied")
        copied = driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('error: ' + e));")
        self.assertNotIn("Subject:", copied)
        self.assertIn("show the rubric", copied)
        self.assertLessEqual(taps, 6, f"{taps} taps from sign-in to a copied thank-you")
        # Sent: one more tap marks the step done, and says when.
        self.click(driver.find_element(By.XPATH, "//button[normalize-space()='Mark as sent']"))
        self.assertIn("Marked as sent", self.text())
        driver.set_window_size(1200, 1000)


    def test_d_the_zone_and_start_come_from_the_browser(self):
        """A browser in Auckland gets Pacific/Auckland and a start an hour ago on its own clock,
        whatever zone the server or the last interview was in."""
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,844"]:
            options.add_argument(argument)
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            options.binary_location = chromium
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        other = webdriver.Chrome(service=Service(driver_path, env=dict(os.environ, TZ="Pacific/Auckland")), options=options)
        try:
            other.get(self.server.base + "/sign-in")
            other.find_element(By.NAME, "email").send_keys("ana@example.org")
            other.find_element(By.NAME, "password").send_keys("correct-horse")
            other.find_element(By.CSS_SELECTOR, "main form[action='/sign-in'] button[type=submit]").click()
            WebDriverWait(other, 15).until(lambda d: not d.current_url.endswith("/sign-in"))
            for path in ("/interviews/quick", "/interviews/new"):
                other.get(self.server.base + path)
                WebDriverWait(other, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")
                self.assertEqual(other.find_element(By.ID, "zone").get_attribute("value"), "Pacific/Auckland", path)
                hour_ago = datetime.datetime.now(zoneinfo.ZoneInfo("Pacific/Auckland")) - datetime.timedelta(minutes=60)
                shown = datetime.datetime.strptime(other.find_element(By.ID, "date").get_attribute("value") + " "
                                                   + other.find_element(By.ID, "time").get_attribute("value"), "%Y-%m-%d %H:%M")
                self.assertLess(abs((hour_ago.replace(tzinfo=None) - shown).total_seconds()), 15 * 60, path)
                if path == "/interviews/quick":
                    self.assertIn("Pacific/Auckland", other.find_element(By.ID, "when-summary").text)
        finally:
            other.quit()


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    print(f"browser tests: {result.testsRun - len(result.failures) - len(result.errors)} passed, "
          f"{len(result.failures) + len(result.errors)} failed; screenshots in {SHOTS}")
    sys.exit(0 if result.wasSuccessful() else 1)
