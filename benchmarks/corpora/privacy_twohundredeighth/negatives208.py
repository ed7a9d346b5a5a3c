"""Hard negatives of the sweep / mason / watch-repair world: no secret in any text."""
import base64
import hashlib
import hmac
import random
import string

from common208 import (PREFIX, B62, HEXL, rstr, rbytes, uuid4, ean13_check, verhoeff_check, make_iban, b64u, b64s)

SEED = 20806
D = string.digits
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NAMES = ["Hartley", "Okafor", "Pryce", "Lindqvist", "Marsden", "Whitaker", "Bhatt", "Cassidy", "Oduya", "Fenwick"]
FIRST = ["Margaret", "Thomas", "Edith", "Harold", "Grace", "Arthur", "Winifred", "Stanley", "Doris", "Frank"]


def n(rng, k):
    return rstr(rng, D, k)


# ---------------------------------------------------------------- base kinds
def sweep_certificate_pdf_text(rng):
    return ("CHIMNEY SWEEP CERTIFICATE  No. SC-2024-%s\nProperty: %s %s\nAppliance: multifuel stove, serial %s-%s\n"
            "Flue: 150 mm stainless liner, %d m\nSweep reg. no. %s   Next sweep due: %02d/2025\nSmoke test: PASS\n"
            % (n(rng, 6), rng.randint(1, 99), rng.choice(["Mill Lane", "Kiln Row", "Abbey Rd"]), rstr(rng, string.ascii_uppercase, 2),
               n(rng, 8), rng.randint(4, 12), n(rng, 5), rng.randint(1, 12)))


def appliance_register_csv(rng):
    rows = ["cert_no,appliance,serial,fuel,swept_on"]
    for _ in range(3):
        rows.append("SC-2024-%s,%s,%s%s,%s,2024-%02d-%02d" % (n(rng, 6), rng.choice(["Clearview 650", "Charnwood C5", "Morso 1410"]),
                                                         rstr(rng, string.ascii_uppercase, 3), n(rng, 9), rng.choice(["wood", "smokeless", "multi"]),
                                                         rng.randint(1, 12), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def _ean(rng):
    b = "50" + n(rng, 10)
    return b + ean13_check(b)


def liner_supplier_price_list_csv(rng):
    rows = ["sku,description,ean13,price_gbp"]
    for d in (125, 150, 175):
        rows.append("FL-%d-%s,Flexible liner 316 %dmm per m,%s,%d.%02d" % (d, n(rng, 3), d, _ean(rng), rng.randint(20, 60), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def van_stock_count_sheet(rng):
    return ("VAN 2 STOCK COUNT\nCowl, anti-downdraught  EAN %s  qty %d\nBird guard 8in  EAN %s  qty %d\nRod set 20 x 1m  EAN %s  qty %d\n"
            % (_ean(rng), rng.randint(0, 9), _ean(rng), rng.randint(0, 9), _ean(rng), rng.randint(0, 3)))


def burial_authority_permit_letter(rng):
    return ("Bereavement Services\nMemorial permit ref: MP/%s/%s\nGrave: Section %s, Row %d, Plot %d  Deed no. %s\n"
            "Approved: %s headstone, %d mm x %d mm, Nabresina limestone.\nPermit valid for 6 months.\n"
            % (n(rng, 4), n(rng, 5), rng.choice("ABCDEFG"), rng.randint(1, 30), rng.randint(1, 400), n(rng, 7),
               rng.choice(["lawn", "traditional"]), rng.choice([610, 760, 840]), rng.choice([910, 990, 1060])))


def plot_register_export_csv(rng):
    rows = ["section,row,plot,deed,interments,memorial_permit"]
    for _ in range(3):
        rows.append("%s,%d,%d,D%s,%d,MP/%s/%s" % (rng.choice("ABCDEFG"), rng.randint(1, 30), rng.randint(1, 400), n(rng, 6),
                                                rng.randint(1, 3), n(rng, 4), n(rng, 5)))
    return "\n".join(rows) + "\n"


def inscription_proof_sheet(rng):
    f, l = rng.choice(FIRST), rng.choice(NAMES)
    y1 = rng.randint(1925, 1950)
    return ("PROOF %s – please check spelling and dates\n\nIN LOVING MEMORY OF\n%s %s\n%d – 2024\nREUNITED\n\n"
            "Letters: %d @ V-cut, gilded 23.5ct   Font: Roman %d mm\n" % (n(rng, 5), f.upper(), l.upper(), y1, rng.randint(40, 90), rng.choice([38, 45, 50])))


def lettering_layout_notes(rng):
    return ("Layout for job L-%s: centre-line at %d mm, line spacing %d mm, serif caps, epitaph in italic lower case.\n"
            "Client asked for ‘Forever in our hearts’ – %d characters incl. spaces.\n" % (n(rng, 4), rng.randint(280, 420), rng.randint(55, 80), 25))


def movement_record_card(rng):
    return ("MOVEMENT RECORD\nMake: %s  Cal. %s  Serial %s %s %s\nCase ref %d.%03d  Jewels %d\nMainspring: %.2f x %.3f x %d x %d\n"
            % (rng.choice(["Omega", "Longines", "Smiths", "Rotary", "Tudor"]), n(rng, 3), n(rng, 2), n(rng, 3), n(rng, 3),
               rng.randint(100, 199), rng.randint(0, 999), rng.choice([15, 17, 21, 25]), rng.choice([1.4, 1.5]), rng.choice([0.11, 0.12]),
               rng.choice([300, 340]), rng.choice([10, 11])))


def service_intake_form(rng):
    return ("SERVICE INTAKE  WS-%s\nCustomer no. C%s\nWatch: %s, case no. %s\nFault: losing %d min/day; crystal scratched\n"
            "Estimate: £%d   Ready: approx. %d weeks\n" % (n(rng, 6), n(rng, 6), rng.choice(["Seiko 7S26", "Omega Seamaster", "Smiths Deluxe"]),
                                                          n(rng, 7), rng.randint(2, 15), rng.randint(120, 480), rng.randint(3, 8)))


def _ticket(rng):
    b = "4" + n(rng, 8)
    return b + verhoeff_check(b)


def service_ticket_export_csv(rng):
    rows = ["ticket,customer,status,promised"]
    for _ in range(3):
        rows.append("%s,C%s,%s,2024-%02d-%02d" % (_ticket(rng), n(rng, 6), rng.choice(["bench", "awaiting parts", "ready"]), rng.randint(1, 12), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def collection_reminder_sms_log(rng):
    return ("%s SMS to +44 7%s: Your watch (ticket %s) is ready to collect. Open Tue–Sat 9–5.\n%s delivered\n"
            % ("2024-06-%02d 10:%02d" % (rng.randint(1, 28), rng.randint(0, 59)), n(rng, 9), _ticket(rng), "status:"))


def valuation_invoice_footer(rng):
    return ("Insurance valuation – fee £%d.00 (VAT reg. GB %s)\nPay by bank transfer to IBAN %s, BIC NWBKGB2L, ref VAL-%s.\n"
            % (rng.randint(40, 150), n(rng, 9), make_iban(rng), n(rng, 5)))


def supplier_remittance_advice(rng):
    return ("REMITTANCE ADVICE\nPaid to: Cousins UK trade account\nIBAN: %s\nSort code %s-%s-%s  Amount £%d.%02d  Invoice INV-%s\n"
            % (make_iban(rng), n(rng, 2), n(rng, 2), n(rng, 2), rng.randint(50, 900), rng.randint(0, 99), n(rng, 6)))


def quote_widget_embed_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<div id="quote-pay" data-stripe-key="pk_live_51%s"\n'
            '     data-recaptcha-sitekey="6L%sAAAAA%s"></div>\n' % (rstr(rng, string.ascii_letters + D, 97), rstr(rng, B62, 6), rstr(rng, string.ascii_letters + D + "-_", 27)))


def booking_page_public_config_json(rng):
    return ('{\n  "mapsBrowserKey": "AIza%s",\n  "mapsKeyRestriction": "HTTP referrers: https://rounds.flueline.example/*",\n'
            '  "algoliaAppId": "%s",\n  "algoliaSearchOnlyKey": "%s"\n}\n' % (rstr(rng, string.ascii_letters + D + "-_", 35), rstr(rng, string.ascii_uppercase + D, 10), rstr(rng, HEXL, 32)))


def env_example_file(rng):
    return ("# .env.example – copy to .env and fill in\nSWEEP_ROUND_API_TOKEN=srt_<28 chars + 2 check digits>\n"
            "SPARES_API_KEY=spk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_00000000\nREMINDER_WEBHOOK_SECRET=rmd_whsec_replace-me\n"
            "TIMER_PSK=%s\nQUOTE_DB_PASSWORD=\nVALUATION_ARCHIVE_PASSWORD=${VALUATION_ARCHIVE_PASSWORD:?set me}\n" % ("0" * 64))


def setup_guide_md(rng):
    return ("## Connecting the bench timer\n\n1. In the app, open *Settings → Timer*.\n2. Paste your PSK where it says `<64 hex characters>`.\n"
            "3. For the Fernet key run `python -c \"from cryptography.fernet import Fernet; print(Fernet.generate_key())\"` – never reuse the example `your-fernet-key-here`.\n")


def ticket_worker_log(rng):
    return ("2024-06-%02dT09:%02d:11Z INFO spares sync start key=spk_live_****************************%s\n"
            "2024-06-%02dT09:%02d:12Z INFO reminder webhook verified secret=[REDACTED]\n" % (rng.randint(1, 28), rng.randint(0, 59), rstr(rng, HEXL, 4), rng.randint(1, 28), rng.randint(0, 59)))


def ci_masked_job_output(rng):
    return ("$ ./deploy.sh --env production\nUsing QUOTE_DB_PASSWORD=***\nUsing VALUATION_SHARE_JWT=••••••••%s\nDeploy %s finished in %ds\n"
            % (rstr(rng, string.ascii_letters, 4), rstr(rng, HEXL, 7), rng.randint(20, 90)))


def k8s_deployment_secretkeyref_yaml(rng):
    return ("env:\n  - name: SPARES_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: spares-db\n        key: password\n"
            "  - name: TIMER_PSK\n    valueFrom:\n      secretKeyRef: {name: bench-timers, key: psk}\n")


def app_service_keyvault_refs(rng):
    return ("QuoteDbPassword=@Microsoft.KeyVault(SecretUri=https://kv-masons.vault.azure.net/secrets/quote-db/)\n"
            "ReminderSecret=arn:aws:secretsmanager:eu-west-2:%s:secret:reminders/webhook-%s\nRun with: doppler run --project rounds --config prd -- npm start\n"
            % (n(rng, 12), rstr(rng, string.ascii_letters, 6)))


def sops_encrypted_yaml(rng):
    return ("quote_db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    age:\n        - recipient: age1%s\n    lastmodified: \"2024-06-11T09:12:40Z\"\n"
            % (b64s(rbytes(rng, 18)), b64s(rbytes(rng, 32)), b64s(rbytes(rng, 16)), rstr(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)))


def ansible_vault_file(rng):
    body = rbytes(rng, 120).hex()
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


def staff_users_fixture_json(rng):
    return ('[{"model": "auth.user", "pk": %d, "fields": {"username": "%s", "password": "pbkdf2_sha256$870000$%s$%s="}}]\n'
            % (rng.randint(2, 40), rng.choice(["kerry", "dave", "alys"]), rstr(rng, string.ascii_letters + D, 22), b64s(rbytes(rng, 32))[:-1]))


def shadow_file_excerpt(rng):
    return ("%s:$6$%s$%s:19885:0:99999:7:::\n" % (rng.choice(["bench", "yard", "rounds"]), rstr(rng, string.ascii_letters + D + "./", 16),
                                                rstr(rng, string.ascii_letters + D + "./", 86)))


def staff_handbook_it_page(rng):
    return ("Passwords: use a long passphrase for the quote system and never write it on the yard whiteboard. "
            "The office manager can reset yours; nobody will ever ask for it by phone or WhatsApp. "
            "Change it if you think someone has seen you type it.\n")


def apprentice_induction_notes(rng):
    return ("Week 1 – IT: you get your own login for the bench PC on day one. Your password is yours alone; "
            "the timegrapher laptop uses the shared workshop account, ask Rhys to unlock it. Lock the screen (Win+L) when you leave the bench.\n")


def backup_manifest_sha256(rng):
    return "".join("%s  valuations-2024-%02d.tar.zst\n" % (hashlib.sha256(rbytes(rng, 64)).hexdigest(), m) for m in range(1, 4))


def timer_firmware_release_notes(rng):
    return ("Bench timer firmware v2.%d.%d\nmd5: %s\nsha256: %s\nBuilt from commit %s\n"
            % (rng.randint(0, 9), rng.randint(0, 20), hashlib.md5(rbytes(rng, 40)).hexdigest(), hashlib.sha256(rbytes(rng, 40)).hexdigest(),
               hashlib.sha1(rbytes(rng, 40)).hexdigest()))


def timegrapher_export_csv(rng):
    rows = ["position,rate_s_d,amplitude_deg,beat_error_ms,lift_angle"]
    for p in ("DU", "DD", "CU", "CD"):
        rows.append("%s,%+d,%d,%.1f,%d" % (p, rng.randint(-12, 12), rng.randint(230, 310), rng.randint(0, 9) / 10, rng.choice([50, 52, 53])))
    return "\n".join(rows) + "\n"


def regulation_notes(rng):
    return ("Regulated 28800 bph movement: DU %+d s/d, amplitude %d°, beat error %.1f ms after %d h power reserve test. "
            "Serial %s%s. Lift angle set to %d°.\n" % (rng.randint(-5, 5), rng.randint(250, 300), rng.randint(0, 5) / 10, rng.choice([24, 36]),
                                                      n(rng, 4), n(rng, 4), rng.choice([50, 52])))


def memorial_quote_pdf_text(rng):
    return ("QUOTATION Q-%s\nHeadstone %d x %d x %d mm, Nero Impala granite\nBase %d x %d x %d mm\nLettering %d @ £%.2f\n"
            "Subtotal £%d.%02d  VAT £%d.%02d  Total £%d.%02d\n" % (n(rng, 5), 610, 760, 75, 760, 300, 150, rng.randint(40, 90), 3.4,
                                                                  rng.randint(900, 2000), rng.randint(0, 99), rng.randint(180, 400), rng.randint(0, 99),
                                                                  rng.randint(1100, 2400), rng.randint(0, 99)))


def quarry_order_confirmation(rng):
    return ("Order confirmation PO-%s-%s\nBlock: Portland Whitbed, %d x %d x %d mm, %.2f t\nDelivery slot %02d/07 AM, vehicle reg %s%d %s\n"
            % (n(rng, 4), n(rng, 3), rng.randint(900, 1500), rng.randint(600, 900), rng.randint(300, 600), rng.randint(50, 200) / 100,
               rng.randint(1, 28), rstr(rng, string.ascii_uppercase, 2), rng.randint(10, 74), rstr(rng, string.ascii_uppercase, 3)))


def _ulid(rng):
    return rstr(rng, "01234567", 1) + rstr(rng, CROCK, 25)


def reminder_queue_dump_json(rng):
    return ('{"queue":"reminders","jobs":[{"id":"%s","ulid":"%s","customer":"C%s","kind":"annual_sweep"},'
            '{"id":"%s","ulid":"%s","customer":"C%s","kind":"service_due"}]}\n' % (uuid4(rng), _ulid(rng), n(rng, 6), uuid4(rng), _ulid(rng), n(rng, 6)))


def webhook_delivery_log(rng):
    return ("delivery %s attempt 1 -> 200 (%d ms) event=reminder.sent request_id=%s\n"
            % (uuid4(rng), rng.randint(40, 400), _ulid(rng)))


def _ssh_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 " + b64s(blob)


def authorized_keys_file(rng):
    return "%s rhys@bench\n%s kerry@office\n" % (_ssh_pub(rng), _ssh_pub(rng))


def known_hosts_hashed(rng):
    return "".join("|1|%s|%s %s\n" % (b64s(rbytes(rng, 20)), b64s(rbytes(rng, 20)), _ssh_pub(rng)) for _ in range(2))


def reminder_webhook_delivery_headers(rng):
    body = b'{"event":"reminder.sent","ticket":"%s"}' % _ticket(rng).encode()
    sig = hmac.new(rbytes(rng, 32), body, hashlib.sha256).hexdigest()
    return ("POST /hooks/reminders HTTP/1.1\nContent-Type: application/json\nX-Reminder-Timestamp: %d\nX-Reminder-Signature: v1=%s\n\n%s\n"
            % (1718000000 + rng.randint(0, 999999), sig, body.decode()))


def signed_download_link_note(rng):
    return ("Valuation PDF link (expires in 7 days): https://valuations.benchtime.example/d/%s?expires=%d&sig=%s\n"
            "The signature only proves the link was issued by us; it is not a login.\n"
            % (n(rng, 6), 1718600000 + rng.randint(0, 99999), hmac.new(rbytes(rng, 32), rbytes(rng, 16), hashlib.sha256).hexdigest()))


CLASSES = [
    ("sweep_certificate_and_appliance_refs", "sweep certificate numbers, appliance serials, sweep registration numbers", [sweep_certificate_pdf_text, appliance_register_csv]),
    ("flue_liner_part_codes_ean13_checked", "flue-liner and cowl part codes with real EAN-13 check digits", [liner_supplier_price_list_csv, van_stock_count_sheet]),
    ("cemetery_plot_and_memorial_permit_refs", "memorial permit references, section / row / plot numbers, deed numbers", [burial_authority_permit_letter, plot_register_export_csv]),
    ("memorial_inscription_proofs", "inscription proofs and lettering layout notes (names, dates, letter counts)", [inscription_proof_sheet, lettering_layout_notes]),
    ("watch_movement_serials_and_case_refs", "movement serials, calibres, case references, mainspring sizes", [movement_record_card, service_intake_form]),
    ("repair_ticket_numbers_verhoeff_checked", "10-digit repair ticket numbers with a real Verhoeff check digit", [service_ticket_export_csv, collection_reminder_sms_log]),
    ("insurer_and_supplier_ibans_mod97", "IBANs with real ISO 7064 MOD 97-10 check digits, sort codes, VAT numbers", [valuation_invoice_footer, supplier_remittance_advice]),
    ("browser_safe_keys_in_quote_widgets", "Stripe `pk_live_`, reCAPTCHA site keys, a referrer-restricted Maps browser key, Algolia search-only key", [quote_widget_embed_html, booking_page_public_config_json]),
    ("env_example_dummy_values_workshop", "`srt_<…>`, `spk_live_XXXX…`, `rmd_whsec_replace-me`, all-zero PSK, empty and `${…:?…}` values, `<64 hex characters>`", [env_example_file, setup_guide_md]),
    ("redacted_tokens_in_bench_logs", "stars + 4-character tail, `[REDACTED]`, `***`, bullets + 4 letters", [ticket_worker_log, ci_masked_job_output]),
    ("secret_store_references_in_workshop_infra", "`secretKeyRef`, `@Microsoft.KeyVault(…)`, Secrets Manager ARNs, `doppler run`", [k8s_deployment_secretkeyref_yaml, app_service_keyvault_refs]),
    ("sops_and_ansible_vault_ciphertext", "SOPS `ENC[AES256_GCM,…]` values with an age recipient, `$ANSIBLE_VAULT;1.1;AES256` bodies (random bytes in frame)", [sops_encrypted_yaml, ansible_vault_file]),
    ("django_pbkdf2_and_sha512crypt_hashes", "Django `pbkdf2_sha256$…` and `$6$` crypt strings (random in frame; the field is called password, a trap)", [staff_users_fixture_json, shadow_file_excerpt]),
    ("workshop_password_policy_prose", "handbook and induction text about passwords with no password in it", [staff_handbook_it_page, apprentice_induction_notes]),
    ("backup_and_firmware_checksums", "SHA-256, MD5 and SHA-1 digests (real digests of random bytes)", [backup_manifest_sha256, timer_firmware_release_notes]),
    ("timegrapher_readings_and_lift_angles", "rates, amplitudes, beat errors, lift angles, serials", [timegrapher_export_csv, regulation_notes]),
    ("stone_quote_dimensions_and_totals", "quote numbers, stone sizes, weights, totals, purchase orders", [memorial_quote_pdf_text, quarry_order_confirmation]),
    ("job_uuids_and_reminder_ulids", "UUIDv4 job ids and ULID request ids (26 Crockford characters)", [reminder_queue_dump_json, webhook_delivery_log]),
    ("ssh_public_keys_and_known_hosts", "`ssh-ed25519` public keys (real wire-format blob, random key bytes) and hashed `known_hosts` lines", [authorized_keys_file, known_hosts_hashed]),
    ("signed_request_headers_and_link_signatures", "webhook `v1=` signatures and signed-link `sig=` values (real HMAC-SHA256 under discarded keys)", [reminder_webhook_delivery_headers, signed_download_link_note]),
]
WRAPPERS = [
    ("in_sweeps_whatsapp_thread", lambda b: "[14/06/2024, 08:02:11] Kerry: pasting this so we have it:\n" + b + "[14/06/2024, 08:03:40] Dave: ta\n"),
    ("in_workshop_forgejo_issue", lambda b: "### Issue #%s\n\nSeen while checking the data:\n\n```\n" + b + "```\n\nNothing to rotate here, just noting it.\n"),
    ("in_supplier_email_reply", lambda b: "Hi Rhys,\n\nAs requested, details below.\n\n" + b + "\nKind regards,\nAccounts\n"),
    ("in_trade_forum_post", lambda b: "Re: how do you lay this out?\n\nHere's what ours looks like (real, nothing private in it):\n\n" + b + "\nHope that helps.\n"),
]


def generate(forbidden):
    """forbidden: list of registered strings (6+ chars) that must not appear in any negative."""
    rng = random.Random(SEED)
    out = []
    k = 1
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kind in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(100):
                    body = kind(rng)
                    if w is None:
                        text, cont = body, kind.__name__
                    else:
                        text = w[1](body)
                        if "%s" in text:
                            text = text.replace("%s", str(rng.randint(10, 400)), 1)
                        cont = kind.__name__ + "__" + w[0]
                    if text in seen or any(f in text for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                out.append({"id": "%s-n-%04d" % (PREFIX, k), "class": cname, "container": cont, "text": text, "source": "negative"})
                k += 1
    return out
