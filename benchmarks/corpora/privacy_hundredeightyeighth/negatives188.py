"""Hard negatives of the bingo / raffle / charitable-gaming world: no secret, but they look like one."""
import base64
import hashlib
import json
import random
import struct

from common188 import (ALNUM, B64URL, DIGITS, HEXL, HEXU, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, b64, b64url,
                       b64url_json, chars, luhn_digit, rbytes, uuid4)

SEED = 18806


def iso7064_mod97(body):
    return "%02d" % (98 - (int(body) * 100) % 97)


def iban_gb(r):
    bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
    sort = chars(r, DIGITS, 6)
    acct = chars(r, DIGITS, 8)
    bban = bank + sort + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    check = 98 - int(num) % 97
    return "GB%02d%s" % (check, bban), sort, acct


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def ssh_ed25519(r):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return "ssh-ed25519 " + b64(blob)


def sha256_hex(r):
    return hashlib.sha256(rbytes(r, 64)).hexdigest()


def mac(r):
    return "B8:27:EB:" + ":".join(chars(r, HEXU, 2) for _ in range(3))


def loyalty_pan(r):
    body = "6391" + chars(r, DIGITS, 11)
    return body + luhn_digit(body)


def raffle_ticket(r):
    body = "%02d%07d" % (r.randint(24, 26), r.randint(1, 9999999))
    return body + iso7064_mod97(body)


def date(r):
    return "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


# ---------------------------------------------------------------- base kinds (class, kind, fn)
def k_paper_invoice(r):
    lines = ["INVOICE %s  Bingo paper and supplies" % chars(r, DIGITS, 7), "Item        Series  Faces  Serial range          Colour"]
    for _ in range(3):
        s = r.randint(100000, 990000)
        lines.append("BK-%04d-%s  %d    %d-on  %07d-%07d  %s" % (r.randint(1000, 9999), chars(r, UPPER, 2), r.choice([6000, 9000, 3600]), r.choice([3, 6, 9]), s, s + r.choice([499, 999]), r.choice(["Red/Black", "Blue/Black", "Green", "Yellow"])))
    return "\n".join(lines) + "\n"


def k_perm_lookup(r):
    return "\n".join("%s INFO perm-lookup hall=HALL-%03d perm=%d face=%05d card=%s verified=true" % (date(r), r.randint(1, 400), r.choice([9000, 6000]), r.randint(1, 9000), "-".join(str(r.randint(1, 75)) for _ in range(5))) for _ in range(3)) + "\n"


def k_pulltab_register(r):
    rows = ["deal_serial,form_number,ideal_gross,ideal_prizes,tickets,opened"]
    for _ in range(4):
        rows.append("%s-%06d,%s%05d,%d.00,%d.00,%d,%s" % (r.choice("ABCDEFGH"), r.randint(1, 999999), r.choice(["PT", "JW", "BG"]), r.randint(1, 99999), r.choice([2400, 3000, 4000]), r.choice([1680, 2100, 2900]), r.choice([2400, 3000, 4000]), date(r)))
    return "\n".join(rows) + "\n"


def k_flare_ocr(r):
    return ("FLARE  Form %s%05d   Deal serial %s-%06d\nTickets 3000 @ $1  Ideal gross $3000  Prizes $2100\nTop prize $%d (x%d)   Seal card: %s\nManufacturer lic. %s-%04d\n" % (
        r.choice(["PT", "JW"]), r.randint(1, 99999), r.choice("ABCDEF"), r.randint(1, 999999), r.choice([200, 250, 500]), r.randint(1, 4), chars(r, UPPER_ALNUM, 8), r.choice(["MFR", "DST"]), r.randint(1, 9999)))


def k_return_receipt(r):
    return ("Charitable gaming quarterly return received\nLicence: CG-%05d-%d\nReturn reference: RTN-%d-Q%d-%s\nSubmission id: %s\nGross receipts: %d.00  Prizes: %d.00  Net: %d.00\n" % (
        r.randint(1, 99999), r.randint(24, 26), r.randint(2024, 2025), r.randint(1, 4), chars(r, UPPER_ALNUM, 10), uuid4(r), r.randint(10000, 90000), r.randint(5000, 9000), r.randint(1000, 5000)))


def k_licence_register(r):
    return json.dumps({"licensee": "Hall Community Association", "licence_number": "CG-%05d-%d" % (r.randint(1, 99999), r.randint(24, 26)),
                       "class": r.choice(["B", "C", "raffle-50/50"]), "premises_ref": "PR%08d" % r.randint(1, 99999999),
                       "case_id": chars(r, UPPER_ALNUM, 12), "expires": date(r)}, indent=2) + "\n"


def k_raffle_export(r):
    rows = ["ticket_no,buyer_ref,draw,amount"]
    for _ in range(4):
        rows.append("%s,CUST-%06d,%s,%d.00" % (raffle_ticket(r), r.randint(1, 999999), date(r), r.choice([5, 10, 20])))
    return "\n".join(rows) + "\n"


def k_stub_print(r):
    return "\n".join("printer=TM-T88 stub ticket=%s book=%04d seq=%d/7" % (raffle_ticket(r), r.randint(1, 9999), r.randint(1, 7)) for _ in range(3)) + "\n"


def k_commit_log(r):
    prev = sha256_hex(r)
    out = []
    for i in range(3):
        cur = hashlib.sha256((prev + chars(r, HEXL, 16)).encode()).hexdigest()
        out.append(json.dumps({"draw": "D-%s-%02d" % (date(r), i + 1), "commitment": cur, "prev": prev}))
        prev = cur
    return "\n".join(out) + "\n"


def k_verify_page(r):
    return ("Public draw verification - 50/50 draw %s\nCommitment (published before sales closed): %s\nAudit log head: %s\nWinning ticket: %s\n" % (
        date(r), sha256_hex(r), sha256_hex(r), raffle_ticket(r)))


def k_loyalty_export(r):
    rows = ["card_number,tier,points,joined"]
    for _ in range(4):
        rows.append("%s,%s,%d,%s" % (loyalty_pan(r), r.choice(["Bronze", "Silver", "Gold"]), r.randint(0, 9000), date(r)))
    return "\n".join(rows) + "\n"


def k_loyalty_swipe(r):
    return "\n".join("POS-%02d swipe card=%s points+=%d session=S%05d" % (r.randint(1, 9), loyalty_pan(r), r.randint(5, 50), r.randint(1, 99999)) for _ in range(3)) + "\n"


def k_dabber_inventory(r):
    rows = ["unit_serial,mac,firmware,battery_cycles"]
    for _ in range(4):
        rows.append("ED-%s-%05d,%s,3.%d.%d+%s,%d" % (chars(r, UPPER, 2), r.randint(1, 99999), mac(r), r.randint(0, 9), r.randint(0, 20), chars(r, HEXL, 7), r.randint(1, 900)))
    return "\n".join(rows) + "\n"


def k_fw_manifest(r):
    return json.dumps({"model": "ED-400", "version": "3.%d.%d" % (r.randint(0, 9), r.randint(0, 20)), "git": chars(r, HEXL, 40),
                       "image": "ed400-%s.bin" % chars(r, HEXL, 8), "sha256": sha256_hex(r), "size": r.randint(800000, 1600000)}, indent=2) + "\n"


def k_float_sheet(r):
    return ("CAGE FLOAT COUNT  %s  Cage %d\nBag seal in: %s%08d   Bag seal out: %s%08d\n£20 x %d  £10 x %d  £5 x %d  coin £%d.%02d\nCounted by: %s  Checked by: %s\n" % (
        date(r), r.randint(1, 4), r.choice(["TS", "SB"]), r.randint(1, 99999999), r.choice(["TS", "SB"]), r.randint(1, 99999999), r.randint(5, 40), r.randint(5, 40), r.randint(5, 40), r.randint(10, 99), r.randint(0, 99), chars(r, UPPER, 2), chars(r, UPPER, 2)))


def k_cash_manifest(r):
    rows = ["collection_id,bag_seal,declared,courier_ref"]
    for _ in range(3):
        rows.append("COL-%s,%08d,%d.%02d,%s" % (chars(r, UPPER_ALNUM, 8), r.randint(1, 99999999), r.randint(200, 9000), r.randint(0, 99), chars(r, UPPER_ALNUM, 12)))
    return "\n".join(rows) + "\n"


def k_door_audit(r):
    return "\n".join("%s door=%d scan=PDF417 doc=DL ****%s dob=%d-**-** result=%s op=%s" % (date(r), r.randint(1, 3), chars(r, DIGITS, 4), r.randint(1950, 2006), r.choice(["PASS", "PASS", "UNDER_18_REFUSED"]), chars(r, LOWER, 4)) for _ in range(3)) + "\n"


def k_age_incident(r):
    return ("Age-check incident %s\nTime: 19:%02d  Door 1\nDocument: passport, number masked (last four %s)\nOutcome: entry refused, challenge-25 policy applied\nRecorded by: %s\n" % (
        chars(r, UPPER_ALNUM, 8), r.randint(0, 59), chars(r, DIGITS, 4), r.choice(["door steward", "duty manager"])))


def k_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n</script>\n<div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n<div class=\"g-recaptcha\" data-sitekey=\"6Lc%s\"></div>\n" % (
        chars(r, ALNUM, 97), uuid4(r), chars(r, B64URL, 37)))


def k_public_config(r):
    return json.dumps({"squareApplicationId": "sq0idp-" + chars(r, B64URL, 22), "paypalClientId": "A" + chars(r, B64URL, 79),
                       "adyenClientKey": "live_" + chars(r, UPPER_ALNUM, 32), "oneSignalAppId": uuid4(r),
                       "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d" % (chars(r, HEXL, 32), r.randint(100000, 999999), r.randint(1000000, 9999999))}, indent=2) + "\n"


def k_sdk_readme(r):
    return r.choice([
        "## Quick start\n\n```bash\nexport RAFFLE_WEBHOOK_SECRET=whsec_<your-signing-secret>\nexport PULLTAB_VEND_API_KEY=ptv_live_REPLACE_ME\n```\n",
        "## Configure the dabber fleet\n\nSet `DABBER_ENROL_TOKEN` to the `dbe_` token from the vendor portal, e.g. `dbe_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n",
        "## Jackpot feed\n\n```yaml\njackpot:\n  feed_jwt: \"<paste-the-jwt-from-the-admin-console>\"\n  loyalty_qr_hmac_key: \"0000000000000000000000000000000000000000000000000000000000000000\"\n```\n",
    ]) + "Never commit real values.\n"


def k_env_example(r):
    return r.choice([
        "# .env.example\nCALLER_CONSOLE_ADMIN_PASSWORD=\nSESSION_LEDGER_DB_PASSWORD=changeme\nDRAW_RNG_SEED_KEY=XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX\n",
        "# .env.example\nRAFFLE_BACKOFFICE_PASSWORD=${RAFFLE_BACKOFFICE_PASSWORD:?set in vault}\nCASH_CAGE_FLOAT_PASSWORD=<ask-the-treasurer>\n",
        "# .env.example\nSTRIPE_SECRET_KEY=sk_live_...\nSENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy\nDOOR_TABLET_UNLOCK_PASSWORD=your-password-here\n",
    ])


def k_support_bundle(r):
    return ("== environment (values masked by support-bundle v%d) ==\nHALL_CODE=HALL-%03d\nSESSION_LEDGER_DB_PASSWORD=********\nRAFFLE_WEBHOOK_SECRET=whsec_****************%s\nDABBER_ENROL_TOKEN=dbe_••••••••%s\nJACKPOT_FEED_JWT=[FILTERED]\n" % (
        r.randint(2, 5), r.randint(1, 400), chars(r, ALNUM, 4), chars(r, ALNUM, 4)))


def k_ci_masked(r):
    return ("$ ./bin/deploy --hall HALL-%03d\nUsing PULLTAB_VEND_API_KEY=***\nUsing LOYALTY_QR_HMAC_KEY=***\nconnecting to ledger as ledger_rw with password [MASKED]\nJob succeeded\n" % r.randint(1, 400))


def k_k8s_refs(r):
    return ("env:\n  - name: SESSION_LEDGER_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ledger-db-%s\n        key: password\n  - name: RAFFLE_WEBHOOK_SECRET\n    valueFrom:\n      secretKeyRef: { name: raffle-webhooks, key: signing-secret }\n" % chars(r, LOWER_ALNUM, 5))


def k_cfn_refs(r):
    return json.dumps({"Environment": {"Variables": {
        "LEDGER_DB_PASSWORD": "{{resolve:ssm-secure:/hall/ledger/db-password:%d}}" % r.randint(1, 9),
        "JACKPOT_FEED_JWT": "{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-2:%s:secret:jackpot-feed-%s:SecretString:jwt}}" % (chars(r, DIGITS, 12), chars(r, ALNUM, 6)),
        "CAGE_APP_PASSWORD": "@Microsoft.KeyVault(SecretUri=https://hall-kv-%s.vault.azure.net/secrets/cage-app/)" % chars(r, LOWER, 4)}}}, indent=2) + "\n"


def k_handbook(r):
    return r.choice([
        "Volunteer handbook - IT\nNever write the caller console password on the whiteboard. If you forget it, the duty manager will reset it; passwords are changed every quarter and after any volunteer leaves.\n",
        "Volunteer handbook - IT\nThe cash-cage app asks for your own password at every shift change. Do not share it, do not let anyone watch you type it, and report a suspected leak to the treasurer the same night.\n",
    ])


def k_minutes(r):
    return r.choice([
        "Committee minutes, item 6 (security): the raffle platform's webhook secret was rotated on %s after the vendor incident; the new value is held in the password manager only. Action: IT lead to confirm the old key is revoked.\n" % date(r),
        "Committee minutes, item 4: agreed that dabber-rack tokens will be re-issued each season and that nobody pastes tokens or passwords into the WhatsApp group again.\n",
    ])


def k_jwe(r):
    hdr = b64url_json({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "regulator-%s" % chars(r, LOWER_ALNUM, 8)})
    return "HTTP/1.1 200 OK\nContent-Type: application/jose\n\n%s.%s.%s.%s.%s\n" % (hdr, b64url(rbytes(r, 256)), b64url(rbytes(r, 12)), b64url(rbytes(r, 120)), b64url(rbytes(r, 16)))


def k_transit(r):
    rows = ["member_id,dob_enc"]
    for _ in range(3):
        rows.append("M%06d,vault:v1:%s" % (r.randint(1, 999999), b64(rbytes(r, 44))))
    return "\n".join(rows) + "\n"


def k_django_hashes(r):
    rows = ["id | username | password"]
    for i in range(3):
        rows.append("%d | %s | pbkdf2_sha256$870000$%s$%s" % (i + 1, r.choice(["caller1", "cagemgr", "raffle_lead", "treasurer"]) + str(r.randint(1, 9)), chars(r, ALNUM, 22), b64(rbytes(r, 32))))
    return "\n".join(rows) + "\n"


def k_scrypt_hashes(r):
    rows = ["email,password_hash"]
    for _ in range(3):
        rows.append("%s@hallcharity.example,scrypt:32768:8:1$%s$%s" % (chars(r, LOWER, 6), chars(r, ALNUM, 16), rbytes(r, 64).hex()))
    return "\n".join(rows) + "\n"


def k_lockfile(r):
    return ("    \"node_modules/draw-certifier\": {\n      \"version\": \"2.%d.%d\",\n      \"resolved\": \"https://registry.npmjs.org/draw-certifier/-/draw-certifier-2.%d.%d.tgz\",\n      \"integrity\": \"sha512-%s\"\n    },\n" % (
        r.randint(0, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9), b64(hashlib.sha512(rbytes(r, 64)).digest())))


def k_gosum_pip(r):
    return ("github.com/hall/bingo-core v1.%d.0 h1:%s\ndraw-certifier==2.1.0 \\\n    --hash=sha256:%s\n" % (
        r.randint(0, 9), b64(hashlib.sha256(rbytes(r, 64)).digest()), sha256_hex(r)))


def k_jwks(r):
    n = bytearray(rbytes(r, 256))
    n[0] |= 0x80
    return json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": chars(r, LOWER_ALNUM, 16), "n": b64url(bytes(n)), "e": "AQAB"}]}, indent=2) + "\n"


def k_known_hosts(r):
    return "\n".join("%s %s" % (h, ssh_ed25519(r)) for h in ("caller-01.hall.lan", "ledger-db.hall.internal", "10.20.0.%d" % r.randint(2, 250))) + "\n"


def k_request_log(r):
    return "\n".join("%s INFO caller-api request_id=%s traceparent=00-%s-%s-01 route=/api/sessions/%d status=200" % (date(r), uuid4(r), chars(r, HEXL, 32), chars(r, HEXL, 16), r.randint(1000, 9999)) for _ in range(3)) + "\n"


def k_event_stream(r):
    return "\n".join(json.dumps({"event": "ball_called", "game_id": "G%d-%s" % (r.randint(1, 12), chars(r, UPPER_ALNUM, 10)), "session": uuid4(r), "ball": r.randint(1, 90), "seq": i + 1}) for i in range(3)) + "\n"


def k_payout_ledger(r):
    rows = ["payout_ref,winner_ref,amount,iban,sort_code"]
    for _ in range(3):
        iban, sort, _acct = iban_gb(r)
        rows.append("PAY-%s,W%07d,%d.00,%s,%s-%s-%s" % (chars(r, UPPER_ALNUM, 10), r.randint(1, 9999999), r.randint(50, 5000), iban, sort[:2], sort[2:4], sort[4:]))
    return "\n".join(rows) + "\n"


def k_remittance(r):
    iban, _s, _a = iban_gb(r)
    return ("Remittance advice\nJackpot payout reference: JP-%d-%s\nPaid to IBAN %s\nBank reference: %s\nAmount: £%d.00\n" % (
        r.randint(2024, 2025), chars(r, UPPER_ALNUM, 8), iban, chars(r, UPPER_ALNUM, 16), r.randint(100, 9000)))


CLASSES = [
    ("bingo_paper_perm_and_face_serials", "series / perm / face numbers, paper serial ranges, item codes", [("bingo_paper_invoice_lines", k_paper_invoice), ("caller_console_perm_lookup_log", k_perm_lookup)]),
    ("pull_tab_deal_serials_and_flare_data", "pull-tab deal serials, form numbers, ideal gross / prizes, seal-card codes", [("pull_tab_deal_register_csv", k_pulltab_register), ("flare_sheet_ocr_text", k_flare_ocr)]),
    ("charitable_licence_and_return_references", "licence numbers, return references, submission UUIDv4, premises refs, case ids", [("regulator_return_receipt_text", k_return_receipt), ("licence_register_json", k_licence_register)]),
    ("raffle_ticket_numbers_with_iso7064_check", "raffle ticket numbers with real ISO 7064 mod 97-10 check digits", [("raffle_sales_export_csv", k_raffle_export), ("ticket_stub_print_log", k_stub_print)]),
    ("draw_commitment_sha256_chain", "published SHA-256 commitments and a real hash chain of the draw audit log", [("draw_audit_commit_log_jsonl", k_commit_log), ("public_draw_verification_page", k_verify_page)]),
    ("loyalty_card_numbers_with_luhn_digit", "16-digit loyalty card numbers with real Luhn check digits", [("loyalty_member_export_csv", k_loyalty_export), ("pos_loyalty_swipe_log", k_loyalty_swipe)]),
    ("dabber_unit_macs_serials_and_firmware_builds", "unit serials, MAC addresses, git hashes, firmware SHA-256 (real digests of random bytes)", [("dabber_rack_inventory_csv", k_dabber_inventory), ("firmware_update_manifest_json", k_fw_manifest)]),
    ("cash_cage_bag_seals_and_float_counts", "tamper-evident bag seal numbers, collection ids, courier refs, float counts", [("cage_float_count_sheet", k_float_sheet), ("cash_collection_manifest_csv", k_cash_manifest)]),
    ("age_check_scan_logs_with_masked_ids", "door-scanner logs and incident reports with masked document numbers", [("door_scanner_audit_log", k_door_audit), ("age_check_incident_report", k_age_incident)]),
    ("publishable_payment_and_captcha_site_keys", "Stripe `pk_live_`, hCaptcha / reCAPTCHA site keys, Square application id, PayPal client id, Adyen client key, OneSignal app id, Sentry DSN", [("raffle_checkout_page_html", k_checkout_html), ("loyalty_app_public_config_json", k_public_config)]),
    ("placeholder_credentials_in_raffle_sdk_docs", "`whsec_<your-signing-secret>`, `ptv_live_REPLACE_ME`, `dbe_XXXX…`, all-zero HMAC key, empty values, `changeme`, `${…:?…}`, `sk_live_...`", [("raffle_sdk_readme_snippet", k_sdk_readme), ("hall_env_example_file", k_env_example)]),
    ("redacted_values_in_hall_support_exports", "`********`, prefix plus stars with a 4-character tail, bullets, `[FILTERED]`, `***`, `[MASKED]`", [("support_bundle_env_dump", k_support_bundle), ("ci_job_log_masked", k_ci_masked)]),
    ("secret_store_references_in_bingo_deploys", "Kubernetes `secretKeyRef`, CloudFormation `{{resolve:ssm-secure:…}}` / Secrets Manager ARNs, Key Vault references", [("k8s_deployment_secretkeyref_yaml", k_k8s_refs), ("cloudformation_dynamic_reference_json", k_cfn_refs)]),
    ("password_policy_talk_in_volunteer_handbook", "handbook and committee text about passwords, tokens and rotation with no value", [("volunteer_handbook_it_section", k_handbook), ("committee_minutes_security_item", k_minutes)]),
    ("jwe_and_vault_transit_ciphertexts", "JWE compact serialisations (real base64url JSON header, random encrypted parts) and Vault transit `vault:v1:` ciphertexts", [("regulator_api_jwe_response", k_jwe), ("vault_transit_ciphertext_column", k_transit)]),
    ("django_pbkdf2_and_werkzeug_scrypt_hashes", "Django `pbkdf2_sha256$…` and Werkzeug `scrypt:…$…` strings (random in frame; one-way)", [("hall_admin_auth_user_dump", k_django_hashes), ("flask_user_table_csv", k_scrypt_hashes)]),
    ("package_lock_integrity_and_checksums", "npm `sha512-` integrity, go.sum `h1:` and pip `--hash=sha256:` (real digests of random bytes)", [("npm_package_lock_excerpt", k_lockfile), ("go_sum_and_pip_hashes", k_gosum_pip)]),
    ("jwks_and_known_hosts_public_material", "JWKS RSA public keys (`n`, `e`) and `ssh-ed25519` host keys (real wire format)", [("jwks_endpoint_json", k_jwks), ("ssh_known_hosts_file", k_known_hosts)]),
    ("bingo_session_game_and_trace_ids", "request UUIDv4, W3C traceparent ids, game ids, ball-call events", [("caller_api_request_log", k_request_log), ("session_event_stream_jsonl", k_event_stream)]),
    ("prize_payout_refs_and_iban_checks", "payout refs, GB IBANs with real mod-97 check digits, sort codes, bank refs", [("prize_payout_ledger_csv", k_payout_ledger), ("bank_transfer_remittance_email", k_remittance)]),
]

WRAPPERS = [
    ("", None),
    ("in_hall_manager_slack_dm", lambda t, r: "Hall manager (DM, %s): is anything in here sensitive? pasting it so you can check\n```\n%s```\n" % (date(r), t)),
    ("in_regulator_liaison_email", lambda t, r: "Subject: FW: query on our return\n\nHi both,\n\nThe regulator asked about the lines below.\n\n%s\nRegards,\nCompliance lead\n" % t),
    ("in_bingo_software_gitlab_issue", lambda t, r: "### Summary\nSeen on HALL-%03d after the last deploy.\n\n### Output\n```\n%s```\n" % (r.randint(1, 400), t)),
    ("in_charity_board_confluence_page", lambda t, r: "h2. Reference material\n{code}\n%s{code}\n" % t),
]


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cls, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if wrap:
                        t = wrap(t, rng)
                    if t not in seen and not reg.contains_any(t):
                        break
                else:
                    raise RuntimeError("negative collides: " + kname)
                seen.add(t)
                container = kname + ("__" + wname if wname else "")
                recs.append({"id": next_id(), "class": cls, "container": container, "text": t, "source": "negative"})
    return recs
