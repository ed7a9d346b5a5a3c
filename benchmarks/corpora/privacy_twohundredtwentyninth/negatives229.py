"""Hard negatives of the chimney-sweep / stove-fitter world: no secret in any of them."""
import base64
import hashlib
import json
import random

from common229 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, LOWALNUM, UPALNUM, UPPER, STRICT_PW_SEARCH, strict_pw_hits, UUID_SHAPE,
                       UUID4_RE, b64url_nopad, gb_vat_check, gs1_digit, rbytes, rs, uuid4)

SEED = 22906
WRAPPERS = ["sweep_team_whatsapp_export", "stove_shop_helpdesk_ticket", "installer_email_thread", "guild_forum_post"]
NAMES = ["Dan", "Kerry", "Gemma", "Tom", "Priya", "Marek", "Aisha", "Callum"]
TOWNS = ["Hebden Bridge", "Todmorden", "Haworth", "Keighley", "Skipton", "Otley", "Ilkley", "Settle"]
BCRYPT_AL = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def wrap(rng, w, base):
    a, b = rng.sample(NAMES, 2)
    d = "%02d/%02d/2024" % (rng.randint(1, 28), rng.randint(1, 12))
    if w == "sweep_team_whatsapp_export":
        h = rng.randint(7, 17)
        return "[%s, %02d:%02d] %s: pasting this from the job folder\n%s\n[%s, %02d:%02d] %s: got it" % (
            d, h, rng.randint(0, 59), a, base, d, h + 1, rng.randint(0, 59), b)
    if w == "stove_shop_helpdesk_ticket":
        return "Ticket #%d – %s\nStatus: open\nCustomer wrote:\n%s\n\nAgent note: nothing sensitive in here, filed as-is." % (
            rng.randint(10000, 99999), rng.choice(["query about paperwork", "copy requested", "please check"]), base)
    if w == "installer_email_thread":
        return "From: %s <%s@kilnworth-installs.example>\nSubject: Re: paperwork\n\n%s\n\n> On %s, %s wrote:\n> can you send it over?" % (
            a, a.lower(), base, d, b)
    if w == "guild_forum_post":
        return "Posted by sootyfingers%d » %s\nFor anyone who asked what these look like:\n%s\nHope that helps." % (
            rng.randint(1, 99), d, base)
    raise KeyError(w)


def vat(rng):
    seven = rs(rng, DIGITS, 7)
    n = seven + gb_vat_check(seven)
    return "GB %s %s %s" % (n[:3], n[3:7], n[7:])


def gtin14(rng):
    body = rs(rng, "12345678", 1) + "50" + rs(rng, DIGITS, 10)
    return body + gs1_digit(body)


def sscc(rng):
    body = "0" + "50" + rs(rng, DIGITS, 14)
    return body + gs1_digit(body)


def ed25519_pub(rng):
    t = b"ssh-ed25519"
    blob = len(t).to_bytes(4, "big") + t + (32).to_bytes(4, "big") + rbytes(rng, 32)
    fp = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    return "ssh-ed25519 " + base64.b64encode(blob).decode(), "SHA256:" + fp


def b64lines(rng, nbytes, width=64):
    s = base64.b64encode(rbytes(rng, nbytes)).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def mapbox_pk(rng):
    mid = b64url_nopad(json.dumps({"u": "ashgrove", "a": rs(rng, LOWALNUM, 25)}, separators=(",", ":")).encode())
    return "pk." + mid + "." + rs(rng, B64URL, 22)


# class -> (description, base kind a, base kind b, generator(rng, which) -> text)
def g_hetas(rng, k):
    if k == 0:
        return ("HETAS CERTIFICATE OF COMPLIANCE\nCertificate No: HC-2024-%s\nRegistered installer: H%s (Kilnworth Installs)\n"
                "Appliance: %s multifuel, %d.%d kW\nBuilding Regulations notification ref: BCN/24/%s\nDate of installation: %02d/%02d/2024"
                % (rs(rng, DIGITS, 7), rs(rng, DIGITS, 6), rng.choice(["Brackenmoor", "Kelda", "Tarn"]), rng.randint(4, 8),
                   rng.randint(0, 9), rs(rng, DIGITS, 5), rng.randint(1, 28), rng.randint(1, 12)))
    return ("Dear Sir/Madam,\nWe confirm receipt of competent person notification %s for works at %d Mill Lane, %s.\n"
            "Scheme member: H%s  Local authority ref: %s/%s/FP\nNo further action is required."
            % (rs(rng, UPALNUM, 10), rng.randint(1, 90), rng.choice(TOWNS), rs(rng, DIGITS, 6), rs(rng, DIGITS, 2), rs(rng, DIGITS, 5)))


def g_plate(rng, k):
    if k == 0:
        return ("[photo of rating plate, OCR]\nKILNWORTH %s\nSerial No. KW8-%s-%s\nEN 13240:2001/A2:2004  DoP No. %s-CPR-%s\n"
                "Nominal heat output %d.%d kW  Flue gas temp 2%02d °C\nUKCA  CE %s"
                % (rng.choice(["EIGHT", "FIVE", "ECO 5"]), rs(rng, UPPER, 4), rs(rng, DIGITS, 6), rs(rng, DIGITS, 4),
                   rs(rng, DIGITS, 5), rng.randint(4, 9), rng.randint(0, 9), rng.randint(10, 99), rs(rng, DIGITS, 4)))
    rows = ["serial,model,installed,warranty_ref"]
    for _ in range(3):
        rows.append("KW8-%s-%s,%s,2024-%02d-%02d,WR%s" % (rs(rng, UPPER, 4), rs(rng, DIGITS, 6), rng.choice(["Eight", "Five", "Eco 5"]),
                                                          rng.randint(1, 12), rng.randint(1, 28), rs(rng, DIGITS, 8)))
    return "\n".join(rows)


def g_flue(rng, k):
    des = "EN 1856-2 T%d N1 D V%d L50%03d G%d" % (rng.choice([250, 450, 600]), rng.randint(2, 3), rng.randint(10, 99),
                                                 rng.choice([20, 50, 100]))
    if k == 0:
        return ("DELIVERY NOTE DN%s\n1 x flexible liner 316, Ø%d mm, %d m\nDesignation: %s\nBatch %s-%s  Coil %s\nSigned for: %s"
                % (rs(rng, DIGITS, 6), rng.choice([125, 150, 175, 200]), rng.randint(5, 15), des, rs(rng, DIGITS, 6),
                   rs(rng, UPPER, 2), rs(rng, UPALNUM, 8), rng.choice(NAMES)))
    return ("Data plate transcribed on site (job J-%s):\n%s\nChimney designation: T%d N2 S D %d G%d\nDoP %s  Manufacturer code %s"
            % (rs(rng, DIGITS, 5), des, rng.choice([400, 450]), rng.randint(1, 3), rng.choice([25, 50]), rs(rng, DIGITS, 7),
               rs(rng, UPALNUM, 6)))


def g_sweepcert(rng, k):
    if k == 0:
        return ("CHIMNEY SWEEPING CERTIFICATE\nCertificate no. GMS-C-%s   Member no. %s\nProperty: %d Chapel Street, %s\n"
                "Flue swept: %s   Smoke test: pass   Next sweep due: %02d/2025"
                % (rs(rng, DIGITS, 7), rs(rng, DIGITS, 4), rng.randint(1, 120), rng.choice(TOWNS),
                   rng.choice(["lounge stove", "kitchen range", "open fire"]), rng.randint(1, 12)))
    lines = ["Landlord safety pack – index"]
    for i in range(3):
        lines.append("%d. Sweep certificate NACS %s/%s – job J-%s" % (i + 1, rs(rng, DIGITS, 4), rs(rng, DIGITS, 5), rs(rng, DIGITS, 5)))
    return "\n".join(lines)


def g_vat(rng, k):
    if k == 0:
        return ("Emberline Stoves Ltd · Registered in England No. %s\nVAT Reg. No. %s · Sort code %s-%s-%s · Account %s\n"
                "Payment terms 30 days" % (rs(rng, DIGITS, 8), vat(rng), rs(rng, DIGITS, 2), rs(rng, DIGITS, 2),
                                           rs(rng, DIGITS, 2), rs(rng, DIGITS, 8)))
    rows = ["supplier,vat_number,net,vat"]
    for s in ["Flue Direct", "Kiln Logs Co", "Glassworks"]:
        rows.append("%s,%s,%d.%02d,%d.%02d" % (s, vat(rng).replace(" ", ""), rng.randint(50, 900), rng.randint(0, 99),
                                              rng.randint(10, 180), rng.randint(0, 99)))
    return "\n".join(rows)


def g_gtin(rng, k):
    if k == 0:
        return ("KILN DRIED HARDWOOD – 40 x 22 L NETS\n(01) %s\n(00) %s\nBest stored dry. Moisture < 20%%"
                % (gtin14(rng), sscc(rng)))
    rows = ["gtin\tdescription\tqty"]
    for d in ["birch nets", "ash crate", "smokeless 25kg", "kindling box"]:
        rows.append("%s\t%s\t%d" % (gtin14(rng), d, rng.randint(2, 80)))
    return "\n".join(rows)


def g_public(rng, k):
    if k == 0:
        return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
                "  const map = 'https://maps.googleapis.com/maps/api/js?key=AIza%s&libraries=places';\n</script>\n"
                "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>"
                % (rs(rng, ALNUM, 97), rs(rng, B64URL, 35), rs(rng, B64URL, 38)))
    return json.dumps({"squareApplicationId": "sq0idp-" + rs(rng, B64URL, 22),
                       "mapboxPublicToken": mapbox_pk(rng),
                       "sentryDsn": "https://%s@o%s.ingest.de.sentry.io/%s" % (rs(rng, HEXL, 32), rs(rng, DIGITS, 6), rs(rng, DIGITS, 7)),
                       "paypalClientId": "A" + rs(rng, B64URL, 79)}, indent=2)


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def g_docs(rng, k):
    if k == 0:
        return ("## Authentication\nThe examples use the documentation key pair:\n\n```\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\nReplace them with your own before step %d."
                % rng.randint(2, 6))
    return ("Quickstart (section %d)\n1. Export `STRIPE_LIVE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`\n"
            "2. Slack: `xoxb-your-bot-token-here`\n3. Test the JWT parser with the jwt.io sample:\n   %s"
            % (rng.randint(1, 9), JWT_IO))


def g_templates(rng, k):
    if k == 0:
        return ("# .env.example – copy to .env and fill in\nAPP_KEY=\nBOOKING_ADMIN_PASSWORD=changeme\nROUTE_PLANNER_TOKEN=csw_<your token>\n"
                "BOOKING_WEBHOOK_SECRET=whsec_...\nSTRIPE_LIVE_SECRET_KEY=${STRIPE_LIVE_SECRET_KEY:?missing}\nSECRET_KEY_BASE=<run bin/rails secret>\n"
                "# rev %d" % rng.randint(2, 40))
    return ("### Local setup\nSet `STOVE_TELEMETRY_KEY` to `stv_000000000000_0000000000000000` for the simulator and leave "
            "`NVR_ADMIN_PASSWORD` as `<ask Dan>`. The HS384 portal token is created by `php artisan portal:token --user=%d`."
            % rng.randint(1, 500))


def g_masked(rng, k):
    if k == 0:
        return ("Chat transcript (exported %02d/2024)\nCustomer: can you resend my login?\nAgent: I've reset it – your new password is "
                "[REDACTED by Freshdesk]\nAgent: API key on file: sk_live_…%s" % (rng.randint(1, 12), rs(rng, ALNUM, 4)))
    return ("#%d deploy  ok\n+ export ROUTE_PLANNER_TOKEN=***\n+ export STRIPE_LIVE_SECRET_KEY=***\n"
            "+ curl -H 'Authorization: Bearer ********' https://api.ashgrove-sweeps.example/health\nwhsec_•••• configured (last 4: %s)"
            % (rng.randint(100, 999), rs(rng, ALNUM, 4)))


def g_pointers(rng, k):
    if k == 0:
        return ("secrets:\n  rota_db:\n    external: true\n    name: op://Sweeps/Rota DB/credential\n  app_key:\n"
                "    name: vault:secret/data/booking#app_key\n  stripe:\n    name: arn:aws:secretsmanager:eu-west-2:%s:secret:booking/stripe-%s"
                % (rs(rng, DIGITS, 12), rs(rng, ALNUM, 6)))
    return ("{\n  \"RotaDb\": \"@Microsoft.KeyVault(SecretUri=https://kv-ashgrove.vault.azure.net/secrets/rota-db/)\",\n"
            "  \"Gcp\": \"projects/ashgrove-%s/secrets/route-planner/versions/%d\",\n  \"Doppler\": \"${doppler:booking/prd/APP_KEY}\"\n}"
            % (rs(rng, DIGITS, 4), rng.randint(1, 9)))


def g_hashes(rng, k):
    if k == 0:
        return "\n".join("%s:$2y$12$%s" % (u, rs(rng, BCRYPT_AL, 53)) for u in ["office", "dan", "kerry"])
    return "\n".join("%s:$6$%s$%s:19%d:0:99999:7:::" % (u, rs(rng, BCRYPT_AL, 16), rs(rng, BCRYPT_AL, 86), rng.randint(100, 999))
                     for u in ["deploy", "backup"])


def g_armour(rng, k):
    if k == 0:
        return ("Subject: customer list (encrypted)\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----"
                % (b64lines(rng, 180), rs(rng, B64STD, 4)))
    return ("Backup %s.tar.age – recipient is the office key.\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----"
            % (rs(rng, DIGITS, 8), b64lines(rng, 150)))


def g_lock(rng, k):
    if k == 0:
        return ('"node_modules/mqtt": {\n  "version": "5.%d.%d",\n  "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.%d.%d.tgz",\n'
                '  "integrity": "sha512-%s"\n}' % (rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9),
                                                    base64.b64encode(hashlib.sha512(rbytes(rng, 40)).digest()).decode()))
    return ("github.com/eclipse/paho.mqtt.golang v1.4.%d h1:%s\nrequests==2.32.%d \\\n    --hash=sha256:%s"
            % (rng.randint(0, 9), base64.b64encode(hashlib.sha256(rbytes(rng, 40)).digest()).decode(), rng.randint(0, 9),
               hashlib.sha256(rbytes(rng, 40)).hexdigest()))


def g_ssh(rng, k):
    if k == 0:
        lines = []
        for u in ["dan@office-pc", "deploy@ci"]:
            pub, _ = ed25519_pub(rng)
            lines.append(pub + " " + u)
        return "# ~/.ssh/authorized_keys on booking-1\n" + "\n".join(lines)
    pub, fp = ed25519_pub(rng)
    return ("$ ssh-keyscan -t ed25519 10.20.0.14\n10.20.0.14 %s\n$ ssh-keygen -lf known_hosts\n256 %s 10.20.0.14 (ED25519)" % (pub, fp))


def g_chatter(rng, k):
    if k == 0:
        return ("IT in the office (handbook p. %d)\nPasswords live in the office KeePass file, never on paper or on the van dashboard. "
                "If you forget yours, Gemma can reset it; she will never ask you for it by text. Change the till password when "
                "someone leaves." % rng.randint(3, 30))
    return ("%s: reminder – the booking app password changes on %s, new one is in KeePass under 'Booking'. "
            "Please don't put it in this group." % (rng.choice(NAMES), rng.choice(["Monday", "Friday", "the 1st"])))


def g_analyser(rng, k):
    if k == 0:
        return ("KANE 458s   S/N %s\n%02d/%02d/24 %02d:%02d\nFUEL: WOOD\nO2   %d.%d %%\nCO   %d ppm\nCO2  %d.%d %%\n"
                "RATIO 0.00%s\nFLUE %d C  AMB %d C\nCHK %s" % (rs(rng, DIGITS, 6), rng.randint(1, 28), rng.randint(1, 12),
                                                           rng.randint(8, 17), rng.randint(0, 59), rng.randint(8, 16), rng.randint(0, 9),
                                                           rng.randint(40, 900), rng.randint(3, 12), rng.randint(0, 9),
                                                           rs(rng, DIGITS, 2), rng.randint(120, 280), rng.randint(8, 22), rs(rng, "0123456789ABCDEF", 4)))
    rows = ["timestamp,device,o2,co_ppm,flue_c,frame"]
    for i in range(3):
        rows.append("2024-%02d-%02dT10:%02d:00Z,KN%s,%d.%d,%d,%d,%s" % (
            rng.randint(1, 12), rng.randint(1, 28), i * 5, rs(rng, DIGITS, 6), rng.randint(8, 16), rng.randint(0, 9),
            rng.randint(40, 900), rng.randint(120, 280), rs(rng, "0123456789abcdef", 24)))
    return "\n".join(rows)


def g_defra(rng, k):
    if k == 0:
        return ("Smoke control: exempt appliances fitted this quarter\n%s – exemption SI 20%d/%d, schedule ref %s\n"
                "%s – exemption SI 20%d/%d, schedule ref %s" % (
                    "Brackenmoor 5", rng.randint(15, 23), rng.randint(100, 999), rs(rng, DIGITS, 4),
                    "Kelda Eco", rng.randint(15, 23), rng.randint(100, 999), rs(rng, DIGITS, 4)))
    return ("READY TO BURN\nCertificate no. RTB%s/%s\nWoodsure ref WS-%s   Batch %s\nMoisture content below 20%%"
            % (rs(rng, DIGITS, 4), rs(rng, DIGITS, 2), rs(rng, DIGITS, 5), rs(rng, UPALNUM, 6)))


def g_card(rng, k):
    if k == 0:
        return ("CUSTOMER COPY\nASHGROVE SWEEPS\nMID: %s  TID: %s\nVISA CONTACTLESS\n**** **** **** %s\nAID: A0000000031010\n"
                "AUTH CODE: %s\nSALE  GBP %d.00\nTXN %s" % (rs(rng, DIGITS, 15), rs(rng, DIGITS, 8), rs(rng, DIGITS, 4),
                                                          rs(rng, UPALNUM, 6), rng.randint(60, 400), uuid4(rng)))
    rows = ["date,transaction_code,card,amount,payout_id"]
    for _ in range(3):
        rows.append("2024-%02d-%02d,T%s,**** %s,%d.00,PO-%s" % (rng.randint(1, 12), rng.randint(1, 28), rs(rng, UPALNUM, 9),
                                                               rs(rng, DIGITS, 4), rng.randint(60, 400), rs(rng, DIGITS, 7)))
    return "\n".join(rows)


def g_property(rng, k):
    if k == 0:
        rows = ["address,postcode,uprn,epc_rrn"]
        for t in rng.sample(TOWNS, 3):
            rows.append("\"%d Church Road, %s\",HX%d %dAB,%s,%s-%s-%s-%s-%s" % (
                rng.randint(1, 150), t, rng.randint(1, 7), rng.randint(1, 9), rs(rng, DIGITS, 12),
                rs(rng, DIGITS, 4), rs(rng, DIGITS, 4), rs(rng, DIGITS, 4), rs(rng, DIGITS, 4), rs(rng, DIGITS, 4)))
        return "\n".join(rows)
    return ("Portfolio %s\nTitle WYK%s – %d flues, last swept %02d/2024\nTitle WYK%s – %d flues, last swept %02d/2024\nUPRN %s"
            % (rs(rng, UPPER, 3), rs(rng, DIGITS, 6), rng.randint(1, 4), rng.randint(1, 12), rs(rng, DIGITS, 6),
               rng.randint(1, 4), rng.randint(1, 12), rs(rng, DIGITS, 12)))


CLASSES = [
    ("hetas_installer_and_compliance_numbers", "hetas_compliance_certificate_summary", "building_control_notice_letter", g_hetas,
     "HETAS certificate numbers, registered-installer numbers, building-control notification references"),
    ("stove_rating_plate_serials", "stove_rating_plate_ocr", "warranty_registration_csv", g_plate,
     "stove serial numbers, EN 13240 and DoP references, warranty references"),
    ("flue_system_designation_strings", "flue_liner_delivery_note", "data_plate_transcript", g_flue,
     "EN 1856 / EN 1443 flue designations (T450 N1 D V2 L50050 G50), batch and coil codes"),
    ("sweep_certificate_and_guild_numbers", "sweeping_certificate_pdf_text", "landlord_safety_pack_index", g_sweepcert,
     "sweeping-certificate numbers, guild and association member numbers, job references"),
    ("gb_vat_numbers_with_check_digits", "supplier_invoice_footer", "vat_return_working_csv", g_vat,
     "GB VAT numbers with real weighted mod-97 check pairs, company numbers, sort codes and account numbers"),
    ("gtin14_fuel_pallet_codes", "kiln_dried_log_pallet_label", "fuel_stock_sheet_tsv", g_gtin,
     "GTIN-14 and SSCC-18 codes with real GS1 check digits on firewood and fuel labels"),
    ("public_by_design_client_identifiers", "booking_page_html_head", "mobile_app_public_config_json", g_public,
     "Stripe `pk_live_51`, referrer-restricted Maps `AIza` browser key, reCAPTCHA site key, Square application id, Mapbox `pk.`, Sentry DSN, PayPal client id"),
    ("vendor_docs_sample_credentials", "api_reference_snippet_md", "sdk_readme_quickstart", g_docs,
     "the AWS documentation example key pair, the jwt.io sample token, `sk_live_xxx…` and `xoxb-your-…` placeholders"),
    ("stove_app_env_templates", "env_template_file", "onboarding_readme_section", g_templates,
     "`.env.example` and onboarding text using this corpus's real key names with empty values, `changeme`, `<…>`, `${…:?missing}` and all-zero dummies"),
    ("redacted_values_in_support_exports", "support_chat_export_redacted", "ci_log_masked_output", g_masked,
     "`[REDACTED]`, `***`, bullets and last-four displays in chat exports and CI logs"),
    ("secret_manager_pointer_strings", "compose_secrets_section", "app_settings_keyvault_refs", g_pointers,
     "`op://` references, `vault:` paths, Secrets Manager ARNs, Key Vault references, GCP secret versions, Doppler references"),
    ("bcrypt_and_sha512crypt_hashes", "htpasswd_file_listing", "shadow_excerpt_audit", g_hashes,
     "bcrypt `$2y$12$…` and sha512-crypt `$6$…` password hashes (random in frame)"),
    ("armoured_pgp_and_age_ciphertext", "pgp_encrypted_email_body", "age_encrypted_backup_note", g_armour,
     "ASCII-armoured PGP messages and age encrypted files (random bytes in frame)"),
    ("lockfile_integrity_hashes", "package_lock_excerpt", "go_sum_and_pip_hashes", g_lock,
     "npm `sha512-` integrity, go.sum `h1:` and pip `--hash=sha256:` values (real digests of random bytes)"),
    ("ssh_public_keys_and_fingerprints", "authorized_keys_listing", "ssh_keyscan_known_hosts", g_ssh,
     "ssh-ed25519 public keys in the real wire format and their real SHA256 fingerprints"),
    ("sweep_office_password_chatter", "staff_handbook_it_section", "office_group_reminder", g_chatter,
     "handbook and group-chat prose about passwords with no password in it"),
    ("flue_gas_analyser_printouts", "analyser_thermal_printout", "analyser_bluetooth_export_csv", g_analyser,
     "flue-gas analyser printouts and exports with serials, readings, check words and hex frames"),
    ("defra_exemption_and_ready_to_burn_refs", "smoke_control_exemption_listing", "ready_to_burn_bag_label", g_defra,
     "smoke-control exemption references, Ready to Burn and Woodsure certificate numbers, batch codes"),
    ("card_terminal_receipt_fields", "card_terminal_customer_copy", "card_payout_report_csv", g_card,
     "card-terminal MID / TID, masked PAN, AID, auth codes, UUIDv4 transaction ids, payout ids"),
    ("property_reference_rows", "epc_and_uprn_lookup_table", "landlord_portfolio_note", g_property,
     "UPRNs, EPC report reference numbers, Land Registry title numbers, postcodes"),
]


def clean(text, registry_items):
    if strict_pw_hits(text):
        return False
    for m in UUID_SHAPE.finditer(text):
        if not UUID4_RE.match(m.group(0)):
            return False
    for s in registry_items:
        if len(s) >= 6 and s in text:
            return False
    return True


def build(registry):
    rng = random.Random(SEED)
    out, seen = [], set()
    for cname, ka, kb, gen, _desc in CLASSES:
        for k, kind in enumerate([ka, kb]):
            for p in range(5):
                for _ in range(50):
                    base = gen(rng, k)
                    if p == 0:
                        text, container = base, kind
                    else:
                        w = WRAPPERS[p - 1]
                        text, container = wrap(rng, w, base), kind + "__in_" + w
                    if text not in seen and clean(text, registry.items):
                        seen.add(text)
                        break
                else:
                    raise RuntimeError("negative could not be drawn clean: " + cname)
                out.append({"class": cname, "container": container, "text": text, "source": "negative"})
    return out
