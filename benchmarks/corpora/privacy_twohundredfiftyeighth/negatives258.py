"""Negatives: texts from the same world that contain no secret at all."""
import base64
import hashlib
import json
import random
import string

import common258 as C
import enc258

R = C.rstr


BICS = {"NWBK": "NWBKGB2L", "BARC": "BARCGB22", "LOYD": "LOYDGB2L", "HBUK": "HBUKGB4B", "MIDL": "MIDLGB22"}


def _iban(rng):
    bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
    bban = bank + R(rng, string.digits, 6) + R(rng, string.digits, 8)
    ib = C.iban_make("GB", bban)
    assert C.iban_ok(ib)
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), bban[4:10], bban[10:], BICS[bank]


def b_invoice_footer(rng):
    ib, sc, acct, bic = _iban(rng)
    return (f"INVOICE HR-{rng.randrange(10000, 99999)}  -  Halloway & Reeve Pump Services\n"
            f"Supply and fit 4\" borehole pump, 1.1 kW, 48 m setting ......... GBP {rng.randrange(1200, 4200)}.00\n"
            f"Payment terms 30 days. Bank: sort code {sc[:2]}-{sc[2:4]}-{sc[4:]}, account {acct}\n"
            f"IBAN {ib}   BIC {bic}\n")


def b_remittance(rng):
    ib, _sc, _a, _bic = _iban(rng)
    return (f"REMITTANCE ADVICE\nPayee: Deepcut Drilling Ltd\nPaid to IBAN {ib}\n"
            f"Invoice DC-{rng.randrange(1000, 9999)}  drilling BH2 to 72 m ... GBP {rng.randrange(8000, 19000)}.00\n"
            f"Payment reference HOLLOWMEAD-BH2-{rng.randrange(10, 99)}\n")


def _imei(rng):
    return C.luhn_complete(rng.choice(["35", "86", "35"]) + R(rng, string.digits, 12))


def _iccid(rng):
    return C.luhn_complete("8944" + R(rng, string.digits, 14))


def b_sim_inventory(rng):
    rows = ["site,modem,imei,iccid,apn"]
    for s in rng.sample(["BH1", "BH2", "BH3", "BH4", "PS1"], 3):
        rows.append(f"{s},{rng.choice(['RUT241', 'EC25-E', 'SIM7600E'])},{_imei(rng)},{_iccid(rng)},telemetry.apn")
    return "\n".join(rows) + "\n"


def b_router_status(rng):
    return (f"Status > Mobile\nState: Connected  Operator: EE  Band: LTE B20\nIMEI: {_imei(rng)}\n"
            f"ICCID: {_iccid(rng)}\nIMSI: 23430{R(rng, string.digits, 10)}\nSignal: -{rng.randrange(70, 100)} dBm\n")


def _ngr(rng):
    return f"{rng.choice(['SU', 'ST', 'SP', 'TL', 'SK'])} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}"


def b_bgs_extract(rng):
    return (f"BGS borehole record  {rng.choice(['SU42NE', 'ST57SE', 'SP31NW'])}{rng.randrange(10, 400)}\n"
            f"Grid reference: {_ngr(rng)}   Ground level: {rng.randrange(40, 180)}.{rng.randrange(0, 9)} m OD\n"
            f"Drilled by Deepcut Drilling Ltd, depth 72.5 m, rest water level {rng.randrange(5, 30)}.{rng.randrange(0, 99):02d} m bgl\n")


def b_licence(rng):
    return (f"Abstraction licence {rng.randrange(10, 30)}/{rng.randrange(10, 60)}/{rng.randrange(10, 40)}/0{rng.randrange(100, 999)}\n"
            f"Point: {_ngr(rng)}  Max daily: {rng.randrange(20, 200)} m3  Annual: {rng.randrange(2000, 40000)} m3\n"
            f"UPRN {R(rng, string.digits, 12)}\n")


def b_nameplate(rng):
    return (f"Nameplate (photo, transcribed)\nType SP {rng.randrange(2, 17)}A-{rng.randrange(5, 30)}  Prod. no. {R(rng, string.digits, 8)}\n"
            f"Serial P2 {rng.randrange(2201, 2412)} {R(rng, string.digits, 4)}  Q {rng.randrange(1, 9)}.{rng.randrange(0, 9)} m3/h  H {rng.randrange(30, 140)} m\n"
            f"Motor MS402 {rng.choice(['0.75', '1.1', '1.5', '2.2'])} kW 230 V 50 Hz 2870 rpm IP68\n")


def b_duty_table(rng):
    q = [0.5 * i for i in range(1, 7)]
    rows = ["Q (m3/h) | H (m) | P1 (kW) | eff (%)"]
    h = rng.randrange(110, 150)
    for x in q:
        h -= rng.randrange(6, 18)
        rows.append(f"{x:.1f} | {h} | {rng.randrange(70, 130) / 100:.2f} | {rng.randrange(38, 66)}")
    return "\n".join(rows) + "\n"


def b_lab_cert(rng):
    rows = [f"Certificate of analysis  ALS job {rng.randrange(20240000, 20249999)}  sample BH2/{rng.randrange(1, 30)}"]
    for p, lo, hi, u in [("Nitrate as NO3", 5, 48, "mg/l"), ("Iron", 10, 400, "ug/l"), ("Manganese", 2, 90, "ug/l"),
                         ("Conductivity", 300, 900, "uS/cm"), ("Coliforms", 0, 3, "cfu/100ml")]:
        rows.append(f"{p:<18} {rng.randrange(lo, hi + 1):>5} {u}")
    return "\n".join(rows) + "\n"


def b_coc(rng):
    return (f"Chain of custody  ref COC-{rng.randrange(1000, 9999)}\nSampled by Kofi Mensah, {rng.randrange(1, 28)}/03/2024 {rng.randrange(7, 17)}:{rng.randrange(0, 59):02d}\n"
            f"Bottles: 1 x 500 ml plastic, 1 x sterile, cool box {rng.randrange(2, 8)} C\nReceived by lab: seal intact\n")


def b_step_test(rng):
    rows = ["step,rate_l_s,elapsed_min,water_level_m,drawdown_m"]
    swl = rng.randrange(800, 2000) / 100
    for st, rate in enumerate([1.5, 2.5, 3.5, 4.5], 1):
        wl = swl + st * rng.randrange(30, 90) / 100
        rows.append(f"{st},{rate},{st * 100},{wl:.2f},{wl - swl:.2f}")
    return "\n".join(rows) + "\n"


def b_logger_csv(rng):
    rows = ["Date,Time,ms,LEVEL,TEMPERATURE", f"Serial_number: 2{R(rng, string.digits, 6)}", "Project ID: BH2"]
    lv = rng.randrange(9000, 12000) / 1000
    for i in range(5):
        lv += rng.randrange(-30, 31) / 1000
        rows.append(f"2024/03/14,0{i + 8}:00:00,0,{lv:.4f},{rng.randrange(95, 115) / 10}")
    return "\n".join(rows) + "\n"


def b_sha512sums(rng):
    lines = []
    for f in ["hr-field-3.8.0.apk", "rtu-fw-2.4.1.bin", "rigsync-1.12.0.msi"]:
        lines.append(f"{hashlib.sha512(C.rbytes(rng, 64)).hexdigest()}  {f}")
    return "\n".join(lines) + "\n"


def b_sha3_manifest(rng):
    return (f"report: BH2 completion report v3\nsha3-256: {hashlib.sha3_256(C.rbytes(rng, 40)).hexdigest()}\n"
            f"commit: {hashlib.sha1(C.rbytes(rng, 20)).hexdigest()}\nsigned-off-by: Abimbola Okafor\n")


_BC = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def b_users_dump(rng):
    rows = ["INSERT INTO `users` (`id`,`email`,`password`,`role`) VALUES"]
    for i in range(3):
        f, l = rng.choice(C.PEOPLE)
        h = "$2y$12$" + R(rng, _BC, 53)
        rows.append(f"({i + 1},'{f.lower()}@hallowayreeve.example','{h}','{rng.choice(['admin', 'office', 'engineer'])}'),")
    rows[-1] = rows[-1][:-1] + ";"
    return "\n".join(rows) + "\n"


def b_werkzeug(rng):
    rows = ["username,password_hash"]
    for u in rng.sample(["hvos", "apillai", "tmahmood", "sbassett"], 2):
        rows.append(f"{u},scrypt:32768:8:1${R(rng, C.B62, 16)}${C.rbytes(rng, 64).hex()}")
    return "\n".join(rows) + "\n"


def _ssh_ed(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519" + b"\x00\x00\x00\x20" + C.rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def _ssh_ec(rng):
    blob = (b"\x00\x00\x00\x13ecdsa-sha2-nistp256" + b"\x00\x00\x00\x08nistp256" + b"\x00\x00\x00\x41\x04" + C.rbytes(rng, 64))
    return "ecdsa-sha2-nistp256 " + base64.b64encode(blob).decode()


def b_authorized_keys(rng):
    return (f"# ~rtu/.ssh/authorized_keys on rtu-gw01 (public keys only)\n{_ssh_ed(rng)} tariq@ops01\n"
            f"{_ssh_ec(rng)} henrike@casingcollar\n")


def b_jwks(rng, ctx):
    n = ctx["rsa"]["n"]
    d = {"keys": [{"kty": "RSA", "use": "sig", "alg": "PS256", "kid": ctx["kid"],
                   "n": C.b64u(n.to_bytes((n.bit_length() + 7) // 8, "big")), "e": "AQAB"}]}
    return "GET https://auth.casingcollar.example/.well-known/jwks.json\n" + json.dumps(d, indent=1) + "\n"


def b_checkout_snippet(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n"
            f"  const stripe = Stripe('pk_live_{R(rng, string.ascii_letters + string.digits, 99)}');\n"
            f"</script>\n<div class=\"g-recaptcha\" data-sitekey=\"6L{R(rng, C.B64URL, 38)}\"></div>\n")


def b_widget_embed(rng):
    return ("<!-- booking widget: public keys only -->\n"
            f"<script src=\"https://maps.googleapis.com/maps/api/js?key=AIzaSy{R(rng, C.B64URL, 33)}&libraries=places\"></script>\n"
            f"<script>posthog.init('phc_{R(rng, string.ascii_letters + string.digits, 43)}', {{api_host: 'https://eu.posthog.com'}})</script>\n"
            f"<script>Sentry.init({{dsn: 'https://{R(rng, C.HEXL, 32)}@o{rng.randrange(100000, 999999)}.ingest.sentry.io/{rng.randrange(1000000, 9999999)}'}})</script>\n")


def b_env_example(rng):
    keys = ["PUMP_PORTAL_TOKEN", "RIG_TELEMETRY_KEY", "APP_KEY", "SURVEY_LICENCE_KEY", "BOOKING_ADMIN_PASSWORD",
            "TWILIO_AUTH_TOKEN", "XERO_OAUTH_CLIENT_SECRET", "SUMUP_SECRET_API_KEY"]
    vals = ["", "changeme", "<set-in-vault>", "xxxxxxxxxxxxxxxx", "your-value-here", "REPLACE_ME"]
    return "# .env.example - copy to .env and fill in\n" + "".join(f"{k}={rng.choice(vals)}\n" for k in rng.sample(keys, 5))


def b_settings_template(rng):
    keys = ["pump_portal_token", "rig_telemetry_key", "field_app_jwt", "hivemq_cloud_mqtt_password", "samsara_fleet_api_token"]
    vals = ["\"\"", "\"TODO\"", "\"{{ lookup('env', 'X') }}\"", "null", "\"<from 1password>\""]
    return "# settings.template.yaml\nportal:\n" + "".join(f"  {k}: {rng.choice(vals)}\n" for k in rng.sample(keys, 4))


def b_integrations_ocr(rng):
    return ("[screenshot OCR] Settings > Integrations\n"
            f"Stripe   sk_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022{R(rng, C.B62, 4)}   connected\n"
            f"Xero     client secret \u2022\u2022\u2022\u2022\u2022\u2022{R(rng, C.B62, 4)}   connected\n"
            f"Twilio   auth token ********   reveal\n")


def b_ci_masked(rng):
    return (f"[deploy #{rng.randrange(400, 999)}] Loading environment\n  PUMP_PORTAL_TOKEN=***\n  RIG_TELEMETRY_KEY=[MASKED]\n"
            f"  TWILIO_AUTH_TOKEN=****{R(rng, C.HEXL, 4)}\n[deploy] done in {rng.randrange(20, 90)}s\n")


def b_secret_refs(rng):
    return ("portal:\n  token: vault:kv/data/casingcollar/prod/portal#pump_portal_token\n"
            f"  rig_key: op://Depot/Rig telemetry/credential\n"
            f"  xero: arn:aws:secretsmanager:eu-west-2:{R(rng, string.digits, 12)}:secret:prod/xero-{R(rng, C.B62, 6)}\n"
            "  twilio: '@Microsoft.KeyVault(SecretUri=https://hr-kv.vault.azure.net/secrets/twilio-auth-token/)'\n")


def b_external_secret(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: portal\nspec:\n"
            "  secretStoreRef:\n    name: vault-backend\n  data:\n    - secretKey: PUMP_PORTAL_TOKEN\n"
            "      remoteRef:\n        key: casingcollar/prod/portal\n        property: pump_portal_token\n"
            f"# refreshed every {rng.choice(['1h', '15m', '30m'])}\n")


def b_ansible_vault(rng):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [C.rbytes(rng, 40).hex()[:80] for _ in range(5)]
    return "# group_vars/prod/vault.yml (encrypted, safe to commit)\n" + "\n".join(lines) + "\n"


def b_rails_enc(rng):
    blob = "--".join(base64.b64encode(C.rbytes(rng, n)).decode() for n in (96, 12, 16))
    return "$ cat config/credentials/production.yml.enc\n" + blob + "\n"


def b_quickstart(rng):
    return ("## Quick start\n\n```bash\nexport PORTAL_API_TOKEN=YOUR_API_TOKEN\n"
            "curl -H \"Authorization: Bearer $PORTAL_API_TOKEN\" https://portal.hallowayreeve.example/api/v2/jobs\n```\n\n"
            f"Replace YOUR_API_TOKEN with the token from Settings > API (it starts with `ppt.`). Rate limit: {rng.choice([60, 120, 300])} requests/min.\n")


def b_sdk_reference(rng):
    return ("| option | example | notes |\n|---|---|---|\n| `apiKey` | `<your-api-key>` | required |\n"
            "| `rigKey` | `rtk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx` | from the hub |\n"
            f"| `timeout` | `{rng.choice([15, 20, 30])}` | seconds |\n")


def b_handbook(rng):
    return ("Depot handbook - IT\n\nNever write a login on the whiteboard or in the crew chat. "
            "Use the password manager, turn on two-factor for supplier portals, and ask Tariq to rotate any key "
            f"that has been pasted somewhere it should not be. Review date: {rng.randrange(1, 28)}/09/2024.\n")


def b_toolbox(rng):
    return (f"Toolbox talk minutes {rng.randrange(1, 28)}/03 - present: rig 3 and rig 5 crews\n"
            "Item 4, IT: the rig tablets lock after five minutes; do not share unlock codes; report lost phones "
            "the same day so the office can wipe them. No questions.\n")


def b_validator_tests(rng):
    rtk = C.make_rtk(rng)
    bad_rtk = rtk[:-8] + format((int(rtk[-8:], 16) ^ (1 << rng.randrange(32))), "08x")
    ppt = C.make_ppt(rng)
    bad_ppt = ppt[:-16] + format((int(ppt[-16:], 16) ^ (1 << rng.randrange(64))), "016x")
    bsl = C.make_bsl(rng)
    ch = bsl[-1]
    bad_bsl = bsl[:-1] + rng.choice([c for c in "0123456789X" if c != ch])
    return ("# tests/test_token_checks.py - fixtures that MUST be rejected (checksum deliberately wrong)\n"
            f"BAD = [\n    \"{bad_rtk}\",\n    \"{bad_ppt}\",\n    \"{bad_bsl}\",\n]\n")


def b_gateway_rejects(rng):
    rtk = C.make_rtk(rng)
    bad = rtk[:-8] + format((int(rtk[-8:], 16) + 1 + rng.randrange(1000)) & 0xFFFFFFFF, "08x")
    bsl = C.make_bsl(rng)
    bad2 = bsl[:-1] + rng.choice([c for c in "0123456789X" if c != bsl[-1]])
    return (f"2024-03-14T09:{rng.randrange(10, 59)}:02Z gateway WARN rejected key {bad} reason=checksum_mismatch\n"
            f"2024-03-14T09:{rng.randrange(10, 59)}:44Z licence WARN rejected {bad2} reason=check_character\n")


def b_access_log(rng):
    return "".join(f"10.58.3.{rng.randrange(2, 250)} - - [14/Mar/2024:09:{rng.randrange(10, 59)}:{rng.randrange(10, 59)} +0000] "
                   f"\"GET /api/v2/jobs HTTP/1.1\" 200 {rng.randrange(300, 9000)} request_id={C.uuid4(rng)} "
                   f"traceparent=00-{R(rng, C.HEXL, 32)}-{R(rng, C.HEXL, 16)}-01\n" for _ in range(2))


def b_retry_queue(rng):
    d = [{"event_id": R(rng, C.HEXL, 32), "idempotency_key": C.uuid4(rng), "attempt": rng.randrange(1, 5),
          "endpoint": "https://portal.hallowayreeve.example/hooks/sumup"} for _ in range(2)]
    return json.dumps(d, indent=1) + "\n"


def b_stats_sheet(rng):
    xs = sorted(rng.sample(range(20, 140), 5))
    a, b, k = rng.randrange(20, 70), rng.randrange(20, 70), rng.randrange(3, 15)
    return (f"Worksheet 3 - statistics and sets\n1. Readings {xs[3]}, {xs[0]}, {xs[4]}, {xs[1]}, {xs[2]}: the median is {xs[2]}.\n"
            f"2. The mean of 12, 15, 21 and {rng.randrange(10, 40)} is left as an exercise.\n"
            f"3. {a} customers have a softener, {b} have a UV unit, {k} have both: {a + b - k} have at least one.\n")


def b_geom_sheet(rng):
    n = rng.randrange(5, 13)
    v, f = rng.randrange(6, 20), rng.randrange(6, 20)
    return (f"Worksheet 5 - geometry and calculus\n1. A {n}-sided polygon has interior angles adding up to {(n - 2) * 180} degrees.\n"
            f"2. Differentiate y = 3x^2 + {rng.randrange(2, 9)}x; the slope at x = 1 is left to you.\n"
            f"3. A solid with {v} vertices and {f} faces: use V - E + F = 2.\n")


def b_van_rota(rng):
    return (f"Van 2 loading list (payload {rng.randrange(300, 700)} kg)\n- pump set 4\" 1.1 kW  {rng.randrange(20, 40)} kg\n"
            f"- 50 m rising main coil  {rng.randrange(25, 45)} kg\n- control panel  {rng.randrange(8, 15)} kg\n"
            f"Crew rota: Kofi -> Tolland Mill, Ruairi -> Ashcombe, Lukas -> depot ({rng.randrange(20, 60)} min travel)\n")


def b_levelling_sheet(rng):
    bs, fs = rng.randrange(900, 2500), rng.randrange(900, 2500)
    return (f"Levelling, BH2 collar: BS {bs // 1000}.{bs % 1000:03d} on TBM, FS {fs // 1000}.{fs % 1000:03d} on collar\n"
            f"TDH estimate: static {rng.randrange(20, 50)} m, drawdown {rng.randrange(3, 12)} m, friction {rng.randrange(2, 8)} m, "
            f"tank head {rng.randrange(10, 40)} m\nScreen {rng.randrange(40, 50)}-{rng.randrange(55, 70)} m bgl\n")


def _mac(rng):
    return ":".join(R(rng, "0123456789ABCDEF", 2) for _ in range(6))


def b_esphome_inventory(rng):
    rows = ["name,mac,ip,firmware"]
    for n in ["pumphouse-bh2", "tank-level-1", "uv-skid"]:
        rows.append(f"{n},{_mac(rng)},10.58.12.{rng.randrange(10, 99)},2024.{rng.randrange(1, 12)}.{rng.randrange(0, 5)}")
    return "\n".join(rows) + "\n"


def b_lorawan_register(rng):
    rows = ["device,DevEUI,JoinEUI,band"]
    for n in ["level-bh1", "level-bh3", "rain-gauge"]:
        rows.append(f"{n},{R(rng, C.HEXU, 16)},{R(rng, C.HEXU, 16)},EU868")
    return "\n".join(rows) + "\n(public identifiers; the keys live in the network server)\n"


CLASSES = {
    "supplier_invoice_iban_details": ("GB IBANs with a real ISO 7064 mod-97 check, sort codes and account numbers on invoices and remittances",
                                      [("supplier_invoice_bank_footer", b_invoice_footer), ("subcontractor_remittance_advice", b_remittance)]),
    "telemetry_modem_imei_iccid_lists": ("modem IMEIs and SIM ICCIDs with real Luhn check digits, IMSIs",
                                         [("sim_inventory_csv", b_sim_inventory), ("router_mobile_status_page", b_router_status)]),
    "borehole_registry_and_grid_refs": ("BGS registration numbers, OS grid references, abstraction licence numbers, UPRNs",
                                        [("bgs_registration_extract", b_bgs_extract), ("abstraction_licence_summary", b_licence)]),
    "pump_nameplate_and_duty_points": ("pump type, product and serial numbers and genuine duty-point tables",
                                       [("pump_nameplate_transcription", b_nameplate), ("pump_curve_duty_table", b_duty_table)]),
    "water_quality_lab_results": ("lab job and sample numbers with genuine chemistry results",
                                  [("lab_certificate_results_table", b_lab_cert), ("sample_chain_of_custody_form", b_coc)]),
    "pumping_test_and_level_logs": ("genuine step-test and level-logger data (the look of the statistics, interval and levelling evasions)",
                                    [("step_drawdown_test_log", b_step_test), ("level_logger_csv_download", b_logger_csv)]),
    "release_and_report_digests": ("SHA-512 and SHA3-256 digests and git commit ids (real digests of random bytes)",
                                   [("firmware_sha512sums_listing", b_sha512sums), ("report_sha3_manifest", b_sha3_manifest)]),
    "staff_login_bcrypt_and_scrypt_hashes": ("bcrypt `$2y$` and Werkzeug scrypt hashes in password columns (random in frame)",
                                             [("bookings_users_table_dump", b_users_dump), ("portal_werkzeug_hash_export", b_werkzeug)]),
    "ssh_and_jwks_public_keys": ("ssh-ed25519 and ecdsa authorized_keys lines (wire format, random key bytes) and the real JWKS public key of this corpus's PS256 tokens",
                                 [("rtu_authorized_keys_file", b_authorized_keys), ("field_app_jwks_document", b_jwks)]),
    "public_site_and_publishable_keys": ("public by design: Stripe pk_live_, reCAPTCHA site keys, Maps browser keys, PostHog project keys, Sentry DSNs",
                                         [("spares_shop_checkout_snippet", b_checkout_snippet), ("booking_widget_embed", b_widget_embed)]),
    "dotenv_example_placeholders": ("this corpus's key names with empty, changeme, TODO, REPLACE_ME and pointer values",
                                    [("booking_env_example_file", b_env_example), ("portal_settings_template_yaml", b_settings_template)]),
    "masked_credentials_in_portals": ("bullet-masked hints with four visible characters, *** and [MASKED]",
                                      [("integrations_settings_page_ocr", b_integrations_ocr), ("ci_job_log_masked_output", b_ci_masked)]),
    "secret_manager_pointers": ("vault: paths, op:// references, Secrets Manager ARNs, Key Vault references, ExternalSecret refs",
                                [("portal_config_secret_refs", b_secret_refs), ("k8s_external_secret_refs", b_external_secret)]),
    "encrypted_config_ciphertexts": ("Ansible Vault bodies and Rails credentials.yml.enc blobs (random in frame)",
                                     [("ansible_vault_encrypted_file", b_ansible_vault), ("rails_credentials_enc_blob", b_rails_enc)]),
    "vendor_api_docs_placeholder_examples": ("quick-start and SDK reference text with YOUR_API_TOKEN, <your-api-key> and x-filled shapes",
                                             [("integration_quickstart_markdown", b_quickstart), ("sdk_config_reference_table", b_sdk_reference)]),
    "password_policy_and_training_prose": ("handbook and toolbox-talk prose about logins and keys with no value",
                                           [("depot_handbook_it_section", b_handbook), ("toolbox_talk_minutes_it", b_toolbox)]),
    "own_token_shapes_with_bad_checks": ("this corpus's own rtk_ / ppt. / BSL- shapes with a deliberately wrong xxHash32, SipHash-2-4 or ISBN-10 check",
                                         [("token_validator_test_fixtures", b_validator_tests), ("portal_gateway_reject_log", b_gateway_rejects)]),
    "request_trace_and_idempotency_ids": ("UUIDv4 request ids and idempotency keys, W3C traceparent values, event ids",
                                          [("api_gateway_access_log", b_access_log), ("webhook_retry_queue_dump", b_retry_queue)]),
    "apprentice_maths_worksheets": ("genuine medians, Venn counts, polygon angles, derivatives and Euler's formula (the look of eight evasions)",
                                    [("statistics_and_sets_worksheet", b_stats_sheet), ("geometry_and_calculus_worksheet", b_geom_sheet)]),
    "site_planning_and_field_sheets": ("genuine van loads, crew rotas, levelling, head and screen figures (the look of six evasions)",
                                       [("van_loading_and_crew_rota", b_van_rota), ("levelling_and_head_field_sheet", b_levelling_sheet)]),
    "device_identifiers_and_lorawan_euis": ("MAC addresses, device names and LoRaWAN DevEUI / JoinEUI (public identifiers)",
                                            [("esphome_device_inventory", b_esphome_inventory), ("lorawan_device_register", b_lorawan_register)]),
}
CLASS_ORDER = list(CLASSES)
WRAPPERS = {
    "": None,
    "__pasted_into_crew_whatsapp": ("14/03/2024, 10:02 - Seren Bassett: pasting this for reference, nothing private in it:\n", "14/03/2024, 10:03 - Dafydd Prys: ta\n"),
    "__attached_to_job_sheet": ("JOB SHEET - attachment (public reference data, fine to print and leave in the van)\n---\n", "---\nsigned: R. Costigan\n"),
    "__quoted_in_supplier_email": ("> As requested, here is the extract. None of this is confidential.\n> \n", "\nKind regards,\nElspeth Rowntree, accounts\n"),
    "__pinned_in_depot_wiki": ("Depot wiki > Reference (public, no logins on this page)\n\n", "\nLast edited by Henrike Vos\n"),
}
WRAPPER_ORDER = list(WRAPPERS)


def generate(reg, ctx, positives_values, plains, tries=200):
    rng = random.Random(C.SEEDS["negatives"])
    out = []
    seen = set()
    for cls in CLASS_ORDER:
        _desc, bases = CLASSES[cls]
        for base_name, fn in bases:
            for w in WRAPPER_ORDER:
                for _ in range(tries):
                    body = fn(rng, ctx) if fn is b_jwks else fn(rng)
                    if WRAPPERS[w]:
                        pre, post = WRAPPERS[w]
                        if w == "__quoted_in_supplier_email":
                            body = "".join("> " + ln + "\n" for ln in body.rstrip("\n").split("\n"))
                        text = pre + body + post
                    else:
                        text = body
                    if text in seen or not negative_clean(text, positives_values, plains):
                        continue
                    seen.add(text)
                    break
                else:
                    raise RuntimeError(f"could not draw a clean negative for {cls}/{base_name}{w}")
                out.append({"id": None, "class": cls, "container": base_name + w, "text": text, "source": "negative"})
    return out


def negative_clean(text, values, plains):
    if C.PW_IN_TEXT_RE.search(text):
        return False
    if C.JWT_RE.search(text) or "eyJ" in text:
        return False
    for u in C.UUID_RE.findall(text):
        if not C.is_uuid_v4(u):
            return False
    for v in values:
        if v in text:
            return False
    for p in plains:
        if p in text:
            return False
    return True
