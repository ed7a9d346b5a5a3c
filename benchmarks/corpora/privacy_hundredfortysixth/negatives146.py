"""Hard negatives from the pharmacy world (seed 14606)."""
import hashlib, random, string
from common146 import an, hx, b64, uuid4, spec, LOWDIG

D = string.digits


def dea(R):
    L = R.choice("ABFGM") + R.choice(string.ascii_uppercase)
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return L + "".join(map(str, d)) + str(chk)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9: n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def npi(R):
    base = R.choice("12") + an(R, 8, D)
    return base + luhn_digit("80840" + base)


def gtin14(R):
    body = "0" + "0" + an(R, 5, D) + an(R, 6, D)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def ndc(R):
    return "%s-%s-%s" % (an(R, 5, D), an(R, 4, D), an(R, 2, D))


def drug(R):
    return R.choice(["amoxicillin 500 mg cap", "atorvastatin 20 mg tab", "oxycodone 5 mg tab", "metformin 850 mg tab",
                     "lisinopril 10 mg tab", "sertraline 50 mg tab", "hydrocodone/apap 5/325 tab", "gabapentin 300 mg cap"])


B = {
 "national_drug_code_listings": [
   ("ndc_price_file_rows", lambda R: "ndc11,description,awp\n" + "\n".join("%s,%s,%d.%02d" % (ndc(R).replace("-", ""), drug(R), R.randint(3, 400), R.randint(0, 99)) for _ in range(3))),
   ("ndc_lookup_reply", lambda R: "Lookup for NDC %s returned: %s, package %s, labeler %s." % (ndc(R), drug(R), ndc(R), an(R, 5, D)))],
 "dea_registration_numbers": [
   ("prescriber_dea_table", lambda R: "prescriber | dea | schedules\n" + "\n".join("Dr %s | %s | 2,2N,3,4,5" % (R.choice(["Okafor", "Lindqvist", "Mehta", "Ruiz"]), dea(R)) for _ in range(3))),
   ("dea_check_log", lambda R: "validate_dea(%s) -> checksum ok; validate_dea(%s) -> checksum ok" % (dea(R), dea(R)))],
 "prescriber_npi_numbers": [
   ("npi_registry_export", lambda R: "NPI,Taxonomy,State\n%s,183500000X,OH\n%s,207Q00000X,KY" % (npi(R), npi(R))),
   ("newrx_prescriber_segment", lambda R: "<Prescriber><Identification><NPI>%s</NPI></Identification></Prescriber>" % npi(R))],
 "rx_and_refill_numbers": [
   ("pickup_queue_list", lambda R: "Rx# %s refill %d/%d bin %s\nRx# %s refill %d/%d bin %s" % (an(R, 7, D), R.randint(0, 3), 5, an(R, 2, D), an(R, 7, D), R.randint(0, 3), 11, an(R, 2, D))),
   ("refill_request_sms", lambda R: "Reply YES to refill Rx %s-%s at your pharmacy. Ref %s." % (an(R, 7, D), an(R, 2, D), an(R, 10, string.ascii_uppercase + D)))],
 "ncpdp_claim_and_authorization_numbers": [
   ("claim_response_fields", lambda R: "D0 B1 response: 503-F3 AUTHORIZATION NUMBER %s; 880-K5 TRANSACTION REF %s; BIN 610014 PCN %s" % (an(R, 20, string.ascii_uppercase + D), an(R, 12, D), an(R, 6, string.ascii_uppercase))),
   ("prior_auth_status", lambda R: "PA case %s approved until 2026-11-30 (ePA key %s)" % (an(R, 8, string.ascii_uppercase + D), an(R, 12, D)))],
 "erx_message_and_relates_to_ids": [
   ("script_header_ids", lambda R: "<Header><MessageID>%s</MessageID><RelatesToMessageID>%s</RelatesToMessageID><SentTime>2026-03-04T10:22:05Z</SentTime></Header>" % (hx(R, 32), hx(R, 32))),
   ("gateway_trace_line", lambda R: "INFO erx-gw delivered NewRx message_id=%s trace=%s status=010" % (uuid4(R), hx(R, 16)))],
 "cabinet_and_robot_serials": [
   ("cabinet_inventory_report", lambda R: "Cabinet %s-%s drawer %d pocket %d serial %s" % (an(R, 3, string.ascii_uppercase), an(R, 4, D), R.randint(1, 9), R.randint(1, 30), an(R, 12, string.ascii_uppercase + D))),
   ("robot_fault_log", lambda R: "FAULT picker=%s gripper_sn=%s firmware=%d.%d.%d code=E%s" % (an(R, 10, string.ascii_uppercase + D), an(R, 14, D), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), an(R, 3, D)))],
 "dscsa_datamatrix_payloads": [
   ("package_scan_payload", lambda R: "(01)%s(17)27%02d%02d(10)%s(21)%s" % (gtin14(R), R.randint(1, 12), R.randint(1, 28), an(R, 7, string.ascii_uppercase + D), an(R, 12, string.ascii_uppercase + D))),
   ("epcis_serial_list", lambda R: "urn:epc:id:sgtin:0%s.0%s.%s\nurn:epc:id:sgtin:0%s.0%s.%s" % (an(R, 6, D), an(R, 5, D), an(R, 12, D), an(R, 6, D), an(R, 5, D), an(R, 12, D)))],
 "pmp_submission_digests": [
   ("asap_file_checksums", lambda R: "%s  OH_ASAP_%s.dat\n%s  KY_ASAP_%s.dat" % (hashlib.sha256(an(R, 20).encode()).hexdigest(), an(R, 8, D), hashlib.sha256(an(R, 20).encode()).hexdigest(), an(R, 8, D))),
   ("pmp_upload_receipt", lambda R: "Upload accepted. File MD5 %s, %d records, batch id %s." % (hashlib.md5(an(R, 16).encode()).hexdigest(), R.randint(100, 9000), an(R, 10, D)))],
 "publishable_refill_widget_keys": [
   ("checkout_publishable_key", lambda R: "<script>const stripe = Stripe('pk_live_%s'); // publishable, safe in the browser</script>" % an(R, 99)),
   ("maps_browser_key_config", lambda R: "store-locator: browser key (restricted to https://refills.example.com/*) AIza%s" % an(R, 35, string.ascii_letters + D + "-_"))],
 "starred_out_pharmacy_logins": [
   ("pms_settings_screen", lambda R: "Database server: rxdb.internal\nLogin: rxsvc\nPassword: ************\nLast changed: %d days ago" % R.randint(2, 80)),
   ("redacted_gateway_log", lambda R: "POST /erx/v2/newrx Authorization: Bearer [REDACTED] api_key=%s... (truncated) id=%s" % (an(R, 4), an(R, 6, D)))],
 "pharmacy_config_placeholders": [
   ("env_example_file", lambda R: "# .env.example\nPMS_DB_PASSWORD=\nERX_GATEWAY_API_KEY=<your-gateway-key>\nPMP_CLIENT_SECRET=${PMP_CLIENT_SECRET}\n# %s" % an(R, 4, D)),
   ("refill_api_quickstart_bearer_placeholder", lambda R: "curl -H 'Authorization: Bearer YOUR_API_TOKEN' https://api.example.com/v%d/refills" % R.randint(1, 3))],
 "k8s_secretkeyref_and_secret_manager_refs": [
   ("deployment_env_refs", lambda R: "env:\n  - name: PMS_DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: pms-db-%s, key: password}" % an(R, 5, LOWDIG)),
   ("gcp_secret_manager_paths", lambda R: "ERX_KEY=projects/rx-prod-%s/secrets/erx-gateway-key/versions/%d" % (an(R, 6, D), R.randint(1, 9)))],
 "pgp_and_jwe_ciphertexts": [
   ("pgp_armored_block", lambda R: "-----BEGIN PGP MESSAGE-----\n\nhQEMA%s\n%s\n=%s\n-----END PGP MESSAGE-----" % (b64(R, 45), b64(R, 48), an(R, 4))),
   ("jwe_compact_token", lambda R: "encrypted_payload: eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.%s.%s.%s.%s" % (b64(R, 64, url=True, pad=False), b64(R, 9, url=True, pad=False), b64(R, 40, url=True, pad=False), b64(R, 12, url=True, pad=False)))],
 "pbkdf2_and_scrypt_hash_rows": [
   ("django_user_rows", lambda R: "id|username|password\n%d|tech%d|pbkdf2_sha256$600000$%s$%s" % (R.randint(2, 90), R.randint(1, 40), an(R, 22), b64(R, 32))),
   ("scrypt_hash_config", lambda R: "admin_hash = \"$scrypt$ln=16,r=8,p=1$%s$%s\"" % (b64(R, 16, pad=False), b64(R, 32, pad=False)))],
 "pharmacy_password_policy_prose": [
   ("pharmacist_onboarding_page", lambda R: "Pharmacy system passwords must be at least %d characters, are rotated every 90 days and are never sent by e-mail or written on labels at the counter." % R.randint(12, 16)),
   ("cabinet_reset_chat", lambda R: "Tech: I'm locked out of cabinet %s again. Lead: I reset it, you'll set a new one at the fingerprint prompt, don't tell me what it is." % an(R, 3, D))],
}

WRAPS = ["", "__in_pharmacy_ops_mattermost_thread", "__in_rx_platform_merge_request", "__in_pharmacy_it_servicenow_ticket",
         "__in_dispensary_confluence_page", "__in_wholesaler_account_manager_email"]
WRAP_TPL = {"": "{T}",
            "__in_pharmacy_ops_mattermost_thread": "@here is this safe to share?\n```\n{T}\n```\nyes - nothing secret in there.",
            "__in_rx_platform_merge_request": "Review comment on MR !%d:\n> {T}\nLooks fine, these are not credentials.",
            "__in_pharmacy_it_servicenow_ticket": "INC%s work notes:\n{T}\n(no action needed)",
            "__in_dispensary_confluence_page": "h2. Reference\n{noformat}\n{T}\n{noformat}",
            "__in_wholesaler_account_manager_email": "Hello,\nas requested, here is the information:\n\n{T}\n\nKind regards,\nAccount team"}


def build():
    R = random.Random(14606)
    out = []
    for cls, kinds in B.items():
        for kind, f in kinds:
            for w in WRAPS:
                t = f(R)
                tpl = WRAP_TPL[w]
                if "%d" in tpl: tpl = tpl % R.randint(100, 999)
                if "%s" in tpl: tpl = tpl % an(R, 7, D)
                out.append(dict(cls=cls, container=kind + w, text=tpl.replace("{T}", t)))
    return out
