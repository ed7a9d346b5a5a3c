"""Hard negatives of the cheesemaking world: texts with NO secret that look as if they might hold one."""
import base64
import hashlib
import random
import re

from common241 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, HEXU, LOWALNUM, PW_ANYWHERE, UPALNUM, UPPER,
                       gs1_digit, iban, luhn_digit, rbytes, rs, uuid4)

SEED = 24106
WRAPPERS = [
    ("", None),
    ("__in_creamery_teams_thread", "[Teams – #it-creamery]\nMargit: can someone check if this is ok to share? I think it's all public data.\nHenrik: yes, nothing secret in there:\n\n{X}\n\nMargit: 👍 thanks"),
    ("__in_dairy_it_ticket", "Ticket DIT-{N} · Category: question · Status: resolved\nReporter pasted the following (reviewed by IT – contains no credentials):\n---\n{X}\n---\nResolution: no action needed."),
    ("__in_affineur_email_thread", "From: affinage@cavehouse-cheese.example\nTo: office@alpine-creamery.example\nSubject: Re: paperwork for the May wheels\n\nHi, as requested (nothing confidential):\n\n{X}\n\nBest, Bastien"),
    ("__in_cheesemaker_forum_reply", "Re: how do you all keep your records?\n\nThis is what ours looks like (numbers are just ids, safe to post):\n\n{X}\n\nHappy making!"),
]


def hx(rng, n):
    return rs(rng, HEXL, n)


def ean13(rng, prefix):
    body = prefix + rs(rng, DIGITS, 12 - len(prefix))
    return body + gs1_digit(body)


# ---------- base kinds (class -> two generators) ----------
def vat_make_sheet_header(rng):
    return ("MAKE SHEET  Vat %d  Make no. M-%s-%03d\nMilk lot: ML%s  Culture lot: %s-%s  Rennet lot: R%s\nSet 32.0°C  Cut 35 min  Drain 18:%02d\n"
            % (rng.randint(1, 4), rs(rng, DIGITS, 4), rng.randint(1, 365), rs(rng, DIGITS, 8), rs(rng, UPPER, 3),
               rs(rng, DIGITS, 6), rs(rng, UPALNUM, 7), rng.randint(0, 59)))


def curd_lot_transfer_card(rng):
    return ("CURD TRANSFER  %s\nfrom vat V%d to press P%d\nlot %s / batch %s\nweight %d kg, pH %d.%02d\n"
            % (rs(rng, UPALNUM, 10), rng.randint(1, 4), rng.randint(1, 6), rs(rng, DIGITS, 10), hx(rng, 12),
               rng.randint(380, 520), 5, rng.randint(10, 40)))


def casein_label_register(rng):
    lines = ["casein_label,make_date,vat,grade"]
    for _ in range(4):
        lines.append("%s %s%s,2024-0%d-%02d,%d,%s" % (rs(rng, UPPER, 2), rs(rng, DIGITS, 4), rs(rng, UPPER, 1),
                                                  rng.randint(1, 9), rng.randint(1, 28), rng.randint(1, 4), rng.choice(["A", "A", "B"])))
    return "\n".join(lines) + "\n"


def wheel_inventory_export_csv(rng):
    lines = ["wheel_id,shelf,turned,rfid_tag"]
    for _ in range(4):
        lines.append("W-%s,C%d-%02d,yes,E200%s" % (rs(rng, DIGITS, 6), rng.randint(1, 3), rng.randint(1, 40), rs(rng, HEXU, 20)))
    return "\n".join(lines) + "\n"


def tanker_pickup_ticket(rng):
    return ("PICKUP TICKET %s\nRoute R%d  Truck TK-%d  Producer no. %s\nTank temp 3.%d°C  Volume %d L\nSample bottle barcode %s\nDriver signature: ______\n"
            % (rs(rng, DIGITS, 9), rng.randint(1, 12), rng.randint(10, 40), rs(rng, DIGITS, 7), rng.randint(0, 9),
               rng.randint(1800, 9000), rs(rng, DIGITS, 12)))


def bulk_tank_sample_log(rng):
    lines = ["sample_id;producer;collected;tank"]
    for _ in range(4):
        lines.append("%s;%s;2024-05-%02d;%s" % (hx(rng, 16), rs(rng, DIGITS, 6), rng.randint(1, 28), rs(rng, UPALNUM, 6)))
    return "\n".join(lines) + "\n"


def herd_register_extract(rng):
    lines = ["Ear tag            Born        Breed     Dam"]
    for _ in range(4):
        lines.append("UK %s %s  20%02d-%02d-%02d  %-8s  UK %s %s" % (rs(rng, DIGITS, 6), rs(rng, DIGITS, 6), rng.randint(15, 23),
                                                                   rng.randint(1, 12), rng.randint(1, 28),
                                                                   rng.choice(["Jersey", "Holstein", "Ayrshire", "Montbél."]),
                                                                   rs(rng, DIGITS, 6), rs(rng, DIGITS, 6)))
    return "\n".join(lines) + "\n"


def eid_reader_dump(rng):
    lines = ["# EID stick reader export (ISO 11784 FDX-B)"]
    for _ in range(5):
        lines.append("982 %s  %s" % (rs(rng, DIGITS, 12), rng.choice(["parlour in", "parlour out", "scale", "crush"])))
    return "\n".join(lines) + "\n"


def counter_scale_label_log(rng):
    lines = ["plu  item                 label"]
    for _ in range(4):
        lines.append("%4d %-20s %s" % (rng.randint(100, 999), rng.choice(["Comté 18 mois", "Tomme fermière", "Raclette", "Blue (cut)", "Feta brine"]),
                                       ean13(rng, "2" + str(rng.randint(0, 9)))))
    return "\n".join(lines) + "\n"


def wholesale_price_file(rng):
    lines = ["GTIN,description,case_qty,price_eur"]
    for _ in range(4):
        body = "0" + rs(rng, DIGITS, 12)
        lines.append("%s,%s,%d,%d.%02d" % (body + gs1_digit(body), rng.choice(["Alpine wheel 6kg", "Cave tomme 1.2kg", "Quark 250g", "Butter 250g"]),
                                        rng.choice([6, 8, 12]), rng.randint(3, 90), rng.randint(0, 99)))
    return "\n".join(lines) + "\n"


def dispatch_note_health_mark(rng):
    return ("DISPATCH NOTE %s\nHealth mark: ( FR %02d.%03d.%03d CE )\nConsignee approval no. DE BY %s EG\nLot %s  Pallets %d\n"
            % (rs(rng, DIGITS, 8), rng.randint(1, 95), rng.randint(1, 999), rng.randint(1, 999), rs(rng, DIGITS, 5),
               rs(rng, UPALNUM, 8), rng.randint(1, 6)))


def pdo_consortium_register(rng):
    lines = ["Consortium member register – PDO"]
    for _ in range(4):
        lines.append("matricola %s  caseificio %s  code IT-%s" % (rs(rng, DIGITS, 4), rs(rng, DIGITS, 3), rs(rng, UPALNUM, 6)))
    return "\n".join(lines) + "\n"


def somatic_cell_report(rng):
    return ("MILK QUALITY REPORT  Sample %s\nProducer %s  Period 2024-%02d\nSCC %d k/ml  TBC %d k/ml  Fat %d.%02d%%  Protein 3.%02d%%\nReport hash (SHA-256): %s\n"
            % (hx(rng, 20), rs(rng, DIGITS, 7), rng.randint(1, 12), rng.randint(80, 300), rng.randint(5, 40),
               rng.randint(3, 5), rng.randint(0, 99), rng.randint(10, 60), hashlib.sha256(rbytes(rng, 40)).hexdigest()))


def antibiotic_residue_screen(rng):
    lines = ["test_id,kit_lot,result,reader_serial"]
    for _ in range(4):
        lines.append("%s,%s,negative,%s" % (uuid4(rng), rs(rng, UPALNUM, 9), rs(rng, HEXU, 12)))
    return "\n".join(lines) + "\n"


def cave_sensor_join_log(rng):
    return ("join-accept  DevEUI %s  JoinEUI %s\nDevAddr %s  FPort 2  RSSI -%d  SNR %d.%d\nuplink: 0x%s (temp/RH)\n"
            % ("70B3D57ED" + rs(rng, HEXU, 7), "0000" + rs(rng, HEXU, 12), "26" + rs(rng, HEXU, 6), rng.randint(60, 118),
               rng.randint(1, 9), rng.randint(0, 9), rs(rng, HEXL, 12)))


def tank_probe_inventory_yaml(rng):
    return ("devices:\n  - name: tank-probe-%d\n    dev_eui: \"%s\"\n    join_eui: \"%s\"\n    frequency_plan: EU_863_870\n    firmware: \"v2.%d.%d\"\n"
            % (rng.randint(1, 9), rs(rng, HEXL, 16), rs(rng, HEXL, 16), rng.randint(0, 9), rng.randint(0, 20)))


def farm_shop_checkout_html(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n</script>\n<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n<script>posthog.init('phc_%s', {api_host: 'https://eu.posthog.com'})</script>\n"
            % (rs(rng, ALNUM, 97), rs(rng, B64URL, 38), rs(rng, ALNUM, 43)))


def herd_app_firebase_web_config(rng):
    return ("// firebase web config – public by design (restricted by app check & rules)\nconst firebaseConfig = {\n  apiKey: \"AIza%s\",\n  authDomain: \"herdbook-%s.firebaseapp.com\",\n  projectId: \"herdbook-%s\",\n  messagingSenderId: \"%s\",\n  appId: \"1:%s:web:%s\"\n};\n"
            % (rs(rng, B64URL, 35), rs(rng, LOWALNUM, 5), rs(rng, LOWALNUM, 5), rs(rng, DIGITS, 12), rs(rng, DIGITS, 12), hx(rng, 22)))


def integration_readme_snippet(rng):
    k = rng.choice(["<your-api-key>", "YOUR_API_KEY_HERE", "sk_live_REPLACE_WITH_YOUR_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx",
                    "${MILKLAB_API_KEY}", "AKIAIOSFODNN7EXAMPLE"])
    return ("## Quick start\n\nSet your key before running the sync:\n\n```bash\nexport MILKLAB_API_KEY=%s\npython sync.py --since 2024-05-01\n```\n\nNever commit a real key.\n" % k)


def dotenv_sample_file(rng):
    return ("# .env.sample – copy to .env and fill in\nVAT_OPERATOR_PASSWORD=\nCAVE_CLIMATE_PASSWORD=changeme\nSHOP_ADMIN_PASSWORD=<set-in-vault>\nWHEEL_TRACKING_KEY=whl_XXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXX\nHERD_API_TOKEN=${HERD_API_TOKEN:?missing}\nMAKE_DAYS=%d\n" % rng.randint(3, 9))


def settings_page_screenshot_ocr(rng):
    return ("Integrations › Milk lab portal\nUser: %s\nPassword: ••••••••••\nAPI key: %s••••••••••••%s\nLast rotated: 2024-0%d-%02d\n"
            % (rng.choice(["lab@alpine-creamery.example", "fromager"]), rs(rng, LOWALNUM, 3), rs(rng, LOWALNUM, 4),
               rng.randint(1, 9), rng.randint(1, 28)))


def support_chat_redacted(rng):
    return ("Agent: I can see your key ends in …%s and was created in March.\nCustomer: here's the config (I removed the secret): token: [REDACTED]\nAgent: perfect, that's the safe way to share it.\n"
            % rs(rng, LOWALNUM, 4))


def helm_values_external_secret(rng):
    return ("externalSecrets:\n  - secretKey: vatOperatorPassword\n    remoteRef:\n      key: arn:aws:secretsmanager:eu-central-1:%s:secret:creamery/vat-%s\n  - secretKey: shopAdmin\n    remoteRef:\n      key: op://Creamery/Farm shop admin/password\n  - secretKey: herdApi\n    remoteRef:\n      key: vault:secret/data/herd#token\n"
            % (rs(rng, DIGITS, 12), rs(rng, ALNUM, 6)))


def github_actions_secret_context(rng):
    return ("env:\n  CAVE_CLIMATE_PASSWORD: ${{ secrets.CAVE_CLIMATE_PASSWORD }}\n  MILK_COLLECTION_TOKEN: ${{ secrets.MILK_COLLECTION_TOKEN }}\n  SSM_PARAM: ${ssm:/creamery/prod/app_key}\n  RUN_ID: %s\n" % uuid4(rng))


def farm_shop_users_table_dump(rng):
    lines = ["id | email                          | password"]
    for i in range(3):
        lines.append("%2d | %-30s | $2y$10$%s" % (rng.randint(1, 90), rng.choice(["orders", "margit", "henrik", "shop"]) + str(i) + "@hillside-farmshop.example",
                                                  rs(rng, "./" + ALNUM, 53)))
    return "\n".join(lines) + "\n"


def linux_shadow_excerpt(rng):
    return ("vatops:$6$%s$%s:19820:0:99999:7:::\ncaveops:$y$j9T$%s$%s:19833:0:99999:7:::\n"
            % (rs(rng, "./" + ALNUM, 16), rs(rng, "./" + ALNUM, 86), rs(rng, "./" + ALNUM, 22), rs(rng, "./" + ALNUM, 43)))


def pgp_encrypted_make_report(rng):
    body = base64.b64encode(rbytes(rng, 180)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + rs(rng, B64STD, 4) + "\n-----END PGP MESSAGE-----\n"


def rails_encrypted_credentials_file(rng):
    return ("# config/credentials/production.yml.enc (safe to commit; master key is elsewhere)\n%s--%s--%s==\n"
            % (base64.b64encode(rbytes(rng, 96)).decode(), base64.b64encode(rbytes(rng, 12)).decode(), base64.b64encode(rbytes(rng, 16)).decode()[:22]))


def authorized_keys_file(rng):
    pk = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "# ~/.ssh/authorized_keys on vat-hmi\nssh-ed25519 %s %s@alpine-creamery\n" % (base64.b64encode(pk).decode(), rng.choice(["margit", "henrik", "deploy"]))


def minisign_pub_file(rng):
    pk = b"Ed" + rbytes(rng, 8) + rbytes(rng, 32)
    return "untrusted comment: minisign public key %s\n%s\n" % (rs(rng, HEXU, 16), base64.b64encode(pk).decode())


def sha256sums_file(rng):
    return "".join("%s  %s\n" % (hashlib.sha256(rbytes(rng, 64)).hexdigest(), f)
                   for f in ["vat-bridge-1.%d.tar.gz" % rng.randint(0, 9), "cave-monitor_arm64.deb", "scale-sync-setup.exe"])


def git_log_oneline(rng):
    msgs = ["fix curd pH rounding", "add cave 3 humidity alarm", "bump scale-sync to 2.4", "make sheet: export CSV"]
    return "".join("%s %s\n" % (hashlib.sha1(rbytes(rng, 32)).hexdigest()[:rng.choice([7, 40])], m) for m in msgs)


def creamery_it_policy_paragraph(rng):
    return ("Passwords for the vat HMIs, the cave controllers and the shop admin are kept in the shared vault only. "
            "Never write a password on the clipboard at the cave door, never paste it into Teams, and rotate it every %d days. "
            "If you think a password leaked, tell IT the same day.\n" % rng.choice([60, 90, 120]))


def onboarding_email_text(rng):
    return ("Welcome to the creamery! On your first day %s will set up your accounts. You will choose your own password "
            "at the first login – at least 14 characters, no cheese names please. We will never ask for your password by e-mail or phone.\n"
            % rng.choice(["Henrik", "Priya", "Aled"]))


def milk_payment_remittance(rng):
    ib = iban(rng, "DE", rs(rng, DIGITS, 18))
    return ("MILK PAYMENT ADVICE %s\nProducer %s  May 2024\nLitres %d  Base price 0.%d EUR/L\nPaid to IBAN %s (BIC %s)\n"
            % (rs(rng, DIGITS, 8), rs(rng, DIGITS, 6), rng.randint(20000, 90000), rng.randint(40, 60),
               " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), rs(rng, UPPER, 6) + "DD" + rs(rng, UPALNUM, 3)))


def creditor_id(rng):
    nat = rs(rng, DIGITS, 11)
    s = nat + "DE00"
    chk = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return "DE%02dZZZ%s" % (chk, nat)


def sepa_mandate_list(rng):
    lines = ["mandate_ref;creditor_id;signed;customer"]
    for _ in range(3):
        lines.append("CSA-%s;%s;2024-0%d-%02d;%s" % (rs(rng, DIGITS, 6), creditor_id(rng), rng.randint(1, 9), rng.randint(1, 28), rs(rng, DIGITS, 5)))
    return "\n".join(lines) + "\n"


def erp_api_access_log(rng):
    out = []
    for _ in range(3):
        out.append('10.40.%d.%d - - "GET /api/v1/makes/%d HTTP/1.1" 200 %d req_id=%s traceparent=00-%s-%s-01' %
                   (rng.randint(0, 9), rng.randint(1, 250), rng.randint(1000, 9999), rng.randint(200, 9000), uuid4(rng), hx(rng, 32), hx(rng, 16)))
    return "\n".join(out) + "\n"


def celery_job_result_json(rng):
    return ('{"task_id": "%s", "task": "erp.tasks.close_make_sheet", "status": "SUCCESS", "result": {"make": "M-%s", "rows": %d}, "parent_id": "%s"}\n'
            % (uuid4(rng), rs(rng, DIGITS, 6), rng.randint(10, 400), uuid4(rng)))


def imei(rng):
    body = "35" + rs(rng, DIGITS, 12)
    return body + luhn_digit(body)


def vat_plc_asset_register(rng):
    return ("asset,model,serial,mac,modem_imei\nVAT-PLC-%d,S7-1214C,SC-%s,%s,%s\nCAVE-GW-%d,RUT240,%s,%s,%s\n"
            % (rng.randint(1, 4), rs(rng, UPALNUM, 8), ":".join(hx(rng, 2) for _ in range(6)), imei(rng),
               rng.randint(1, 3), rs(rng, DIGITS, 10), ":".join(hx(rng, 2) for _ in range(6)), imei(rng)))


def scale_firmware_inventory(rng):
    return "".join("scale-%02d  fw 4.%d.%d  build %s  sha1 %s\n" % (i, rng.randint(0, 9), rng.randint(0, 30), rs(rng, UPALNUM, 6),
                                                               hashlib.sha1(rbytes(rng, 20)).hexdigest()) for i in range(1, 4))


CLASSES = [
    ("vat_make_and_curd_lot_numbers", "make numbers, milk / culture / rennet lots, curd transfer batches", vat_make_sheet_header, curd_lot_transfer_card),
    ("wheel_casein_label_serials", "casein-label codes and wheel ids with RFID tag numbers", casein_label_register, wheel_inventory_export_csv),
    ("milk_tanker_pickup_tickets", "tanker pickup tickets, producer numbers, sample barcodes and hex sample ids", tanker_pickup_ticket, bulk_tank_sample_log),
    ("cattle_ear_tag_and_eid_numbers", "UK ear tags and ISO 11784 EID numbers", herd_register_extract, eid_reader_dump),
    ("variable_weight_ean13_labels", "variable-weight EAN-13 and GTIN-14 codes with real GS1 check digits", counter_scale_label_log, wholesale_price_file),
    ("dairy_health_mark_and_pdo_codes", "EU health / identification marks and PDO consortium numbers", dispatch_note_health_mark, pdo_consortium_register),
    ("milk_quality_lab_sample_reports", "milk-quality reports with hex sample ids, report digests, UUIDv4 test ids", somatic_cell_report, antibiotic_residue_screen),
    ("lorawan_device_identifiers", "LoRaWAN DevEUI / JoinEUI / DevAddr (public identifiers; the AppKey of the positives is the secret)", cave_sensor_join_log, tank_probe_inventory_yaml),
    ("shop_frontend_public_keys", "public-by-design keys: Stripe pk_live_51, reCAPTCHA site key, PostHog phc_, Firebase web apiKey (AIza)", farm_shop_checkout_html, herd_app_firebase_web_config),
    ("vendor_docs_example_credentials", "documentation placeholders and sample env files (empty, changeme, <…>, XXXX, ${VAR:?})", integration_readme_snippet, dotenv_sample_file),
    ("bullet_masked_credential_fields", "bullet-masked, ellipsis-truncated and [REDACTED] values", settings_page_screenshot_ocr, support_chat_redacted),
    ("secret_manager_lookup_expressions", "Secrets Manager ARNs, op://, vault:, ${{ secrets.X }}, ${ssm:…}", helm_values_external_secret, github_actions_secret_context),
    ("bcrypt_and_crypt_password_hashes", "bcrypt $2y$, sha512-crypt $6$ and yescrypt $y$ hashes (random in frame)", farm_shop_users_table_dump, linux_shadow_excerpt),
    ("pgp_armor_and_rails_ciphertext", "PGP MESSAGE armour and Rails encrypted-credentials ciphertext", pgp_encrypted_make_report, rails_encrypted_credentials_file),
    ("ssh_and_minisign_public_keys", "ssh-ed25519 authorized_keys lines and minisign public keys (the positives hold a minisign secret key)", authorized_keys_file, minisign_pub_file),
    ("release_checksums_and_commit_ids", "SHA-256 release sums and git commit ids (real digests of random bytes)", sha256sums_file, git_log_oneline),
    ("password_policy_prose_without_values", "IT policy and onboarding prose about passwords with no value", creamery_it_policy_paragraph, onboarding_email_text),
    ("sepa_iban_and_creditor_ids", "IBANs and SEPA creditor identifiers with real mod-97 check digits", milk_payment_remittance, sepa_mandate_list),
    ("request_trace_and_job_uuids", "UUIDv4 request / task ids and W3C traceparent ids", erp_api_access_log, celery_job_result_json),
    ("plc_firmware_and_device_serials", "PLC / gateway serials, MAC addresses, IMEIs with real Luhn digits, firmware SHA-1", vat_plc_asset_register, scale_firmware_inventory),
]


def bad_negative(text, reg_items, seen):
    from checks241 import jwt_like, uuid_like_non_v4
    if PW_ANYWHERE.search(text):
        return "password-shaped"
    if text in seen:
        return "repeat"
    if jwt_like(text) or uuid_like_non_v4(text):
        return "jwt/uuid"
    for s in reg_items:
        if len(s) >= 6 and s in text:
            return "registered"
    return None


def build(reg):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cls, _desc, g1, g2 in CLASSES:
        for g in (g1, g2):
            for wname, wtpl in WRAPPERS:
                for _ in range(50):
                    body = g(rng)
                    text = body if wtpl is None else wtpl.replace("{N}", str(rng.randint(1000, 9999))).replace("{X}", body.rstrip("\n"))
                    if bad_negative(text, reg.items, seen) is None:
                        break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                recs.append({"class": cls, "container": g.__name__ + wname, "text": text, "source": "negative"})
    return recs
