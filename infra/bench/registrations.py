#!/usr/bin/env python3
"""Registrations per second through Keycloak's own self-registration page (ADR 0370, docs/benchmarks.md).

Each registration is what a citizen's phone does: GET the registration page (new session, cookies),
POST the filled form, and Keycloak answers with the redirect to the app. Run against a Keycloak on
this machine only (loopback). Bounded: --count registrations, --threads in flight, --timeout seconds.

  python3 infra/bench/registrations.py --url http://127.0.0.1:8188 --count 200 --threads 4
"""
import argparse
import concurrent.futures
import re
import statistics
import time
import urllib.parse
import uuid

import requests

FORM = re.compile(r'id="kc-register-form"[^>]*action="([^"]+)"')


def register(base, prefix, n):
    # Keycloak marks its cookies Secure; on plain-http loopback they are carried by hand.
    s = requests.Session()
    started = time.perf_counter()
    page = s.get(base + "/realms/hocso/protocol/openid-connect/registrations", params={
        "client_id": "hocso-web", "response_type": "code", "scope": "openid",
        "redirect_uri": "http://localhost:8080/", "code_challenge_method": "S256",
        "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"}, allow_redirects=False, timeout=30)
    cookies = "; ".join("%s=%s" % (c.name, c.value) for c in s.cookies)
    m = FORM.search(page.text)
    if not m:
        raise RuntimeError("no form: %s" % page.status_code)
    username = "%s%05d" % (prefix, n)
    r = s.post(m.group(1).replace("&amp;", "&"), data={
        "username": username, "email": username + "@bench.example", "firstName": "Văn", "lastName": "Nguyễn",
        "password": "Bench@2026x", "password-confirm": "Bench@2026x",
        "birth_year": "1980", "gender": "MALE", "citizen_consent": "YES"},
        headers={"Cookie": cookies}, allow_redirects=False, timeout=60)
    if r.status_code != 302 or "code=" not in r.headers.get("Location", ""):
        raise RuntimeError("registration refused: %s %s" % (r.status_code, r.text[:200]))
    return time.perf_counter() - started


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:8188")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--timeout", type=int, default=600)
    a = ap.parse_args()
    host = urllib.parse.urlparse(a.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only")
    prefix = "bench" + uuid.uuid4().hex[:6] + "-"
    # warm-up: a few registrations, not counted
    for i in range(3):
        register(a.url, prefix + "w", i)
    latencies, failures = [], 0
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(a.threads) as pool:
        futures = [pool.submit(register, a.url, prefix, i) for i in range(a.count)]
        for f in concurrent.futures.as_completed(futures, timeout=a.timeout):
            try:
                latencies.append(f.result())
            except Exception as ex:  # noqa: BLE001 - counted and shown
                failures += 1
                print("failed:", ex)
    elapsed = time.perf_counter() - started
    latencies.sort()
    print("registrations=%d failed=%d threads=%d elapsed=%.1fs rate=%.2f/s p50=%.0fms p95=%.0fms prefix=%s" % (
        len(latencies), failures, a.threads, elapsed, len(latencies) / elapsed,
        statistics.median(latencies) * 1000, latencies[int(len(latencies) * 0.95) - 1] * 1000, prefix))


if __name__ == "__main__":
    main()
