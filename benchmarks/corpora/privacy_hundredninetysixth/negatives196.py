"""Hard negatives of the coworking world: no secret, but secret-looking."""
import hashlib
import json
import random
import struct

from common196 import (SEEDS, DIGITS, HEX, UPPER, LOWER, ALNUM, UPALNUM, LOWALNUM, B64URL, rs, rbytes, uuid4, b64u, b64s,
                       damm_digit, gs1_digit, iso7064_97_10, iban)

NAMES = ["Ines", "Tom", "Priya", "Jonas", "Marta", "Kai", "Lena", "Sam", "Noor", "Elif"]


def _wiegand26(fc, card):
    bits = format(fc, "08b") + format(card, "016b")
    ep = str(bits[:12].count("1") % 2)                     # even parity over the first 12
    op = str(1 - bits[12:].count("1") % 2)                 # odd parity over the last 12
    return int(ep + bits + op, 2)


def wiegand_ok(raw, fc, card):
    return _wiegand26(fc, card) == raw


def _fob_log(r):
    lines = ["controller=door-ctl-%02d site=dock4" % r.randint(1, 9)]
    for _ in range(4):
        fc, card = r.randint(1, 255), r.randint(1, 65535)
        lines.append("2026-03-%02d %02d:%02d:%02d GRANTED reader=%s fmt=H10301 fc=%d card=%d raw=0x%07X"
                     % (r.randint(1, 28), r.randint(7, 22), r.randint(0, 59), r.randint(0, 59),
                        r.choice(["main-door", "lift-l2", "bikestore", "roof"]), fc, card, _wiegand26(fc, card)))
    return "\n".join(lines)


def _fob_csv(r):
    rows = ["fob_label,format,facility_code,card_number,raw_hex,assigned_to"]
    for _ in range(4):
        fc, card = r.randint(1, 255), r.randint(1, 65535)
        rows.append("FOB-%04d,26-bit H10301,%d,%d,%07X,member-%05d" % (r.randint(1, 9999), fc, card, _wiegand26(fc, card), r.randint(1, 99999)))
    return "\n".join(rows)


def booking_ref(r):
    body = "2026%02d%02d%04d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 9999))
    return "RB-%s-%s" % (body, iso7064_97_10(body))


def _booking_email(r):
    return ("Your room is booked!\nRoom: %s (%d seats)\nWhen: Thu %02d:00–%02d:00\nReference: %s\n"
            "Change or cancel with the reference above; no login needed for guests." %
            (r.choice(["Juniper", "Maple", "Cedar"]), r.choice([4, 6, 8, 12]), r.randint(8, 12), r.randint(13, 17), booking_ref(r)))


def _booking_ics(r):
    return ("BEGIN:VEVENT\nUID:%s\nSUMMARY:Room hire %s\nX-NORTHLOFT-BOOKING-REF:%s\nDTSTART:20260%d%02dT090000Z\nEND:VEVENT"
            % (uuid4(r), r.choice(["Juniper", "Maple"]), booking_ref(r), r.randint(1, 9), r.randint(1, 28)))


def day_pass_no(r):
    body = rs(r, DIGITS, 9)
    return body + damm_digit(body)


def _daypass_receipt(r):
    return ("NORTHLOFT DOCK 4 — DAY PASS\nPass no. %s\nValid: %02d/0%d/2026 08:00–20:00\nPrice: EUR %d.00 incl. VAT\nShow this number at the front desk."
            % (day_pass_no(r), r.randint(1, 28), r.randint(1, 9), r.choice([18, 22, 25])))


def _turnstile(r):
    return "\n".join("turnstile-%d scan pass=%s result=%s" % (r.randint(1, 3), day_pass_no(r), r.choice(["ok", "ok", "expired"])) for _ in range(4))


def tracking_no(r):
    body = "92" + rs(r, DIGITS, 19)
    return body + gs1_digit(body)


def _mailroom_log(r):
    return "\n".join("%s | %s | tracking %s | locker %s%02d" % (r.choice(["DPD", "UPS", "USPS", "DHL"]), r.choice(NAMES), tracking_no(r),
                     r.choice("ABC"), r.randint(1, 48)) for _ in range(3))


def _parcel_sms(r):
    return ("Northloft mailroom: a parcel for you arrived (tracking %s). Collect at reception with your member card until %d pm."
            % (tracking_no(r), r.choice([6, 7, 8])))


def _mac(r):
    return "00:80:77:" + ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(3))


def _print_fleet(r):
    rows = ["asset,model,serial,mac,ipp_uri"]
    for _ in range(3):
        rows.append("PRN-%03d,%s,%s,%s,ipp://prn-%02d.dock4.lan/ipp/print" % (r.randint(1, 300), r.choice(["HL-L8360CDW", "MFC-L9570CDW"]),
                    "E7" + rs(r, UPALNUM, 13), _mac(r), r.randint(1, 40)))
    return "\n".join(rows)


def _snmp(r):
    return ("SNMPv2-MIB::sysDescr.0 = STRING: Brother NC-8800w, Firmware Ver.%d.%02d\nSNMPv2-SMI::mib-2.43.5.1.1.17.1 = STRING: \"E7%s\"\n"
            "IF-MIB::ifPhysAddress.1 = STRING: %s\nPrinter-MIB::prtMarkerLifeCount.1.1 = Counter32: %d"
            % (r.randint(1, 9), r.randint(0, 99), rs(r, UPALNUM, 13), _mac(r).lower(), r.randint(1000, 99999)))


def _portal_cfg(r):
    return json.dumps({"ssid": "Northloft-Guest", "security": "open", "portal": {"url": "https://wifi.northloft.example/splash",
                      "terms_version": "2026-%02d" % r.randint(1, 12), "session_minutes": r.choice([120, 480])},
                      "nas_identifier": "ap-dock4-%02d" % r.randint(1, 30), "vlan": r.choice([30, 40, 50])}, indent=2)


def _ap_export(r):
    return ("site: dock4\nwlans:\n  - name: Northloft-Guest\n    security: open + captive portal\n  - name: Northloft-Staff\n"
            "    security: WPA2-Enterprise (RADIUS %s:1812)\n    bssid: %s" % ("10.20.0.%d" % r.randint(2, 250), _mac(r).lower()))


def _invoice(r):
    return ("INVOICE EH-%05d — Event space hire (Loft, %d guests)\nPay to: Northloft Spaces Ltd\nIBAN: %s\nBIC: COWKGB2L\nVAT no.: GB%s\n"
            "Payment reference: EH-%05d" % (r.randint(1, 99999), r.randint(20, 120), iban(r), rs(r, DIGITS, 9), r.randint(1, 99999)))


def _ap_csv(r):
    rows = ["supplier,iban,vat_number,amount"]
    for _ in range(3):
        rows.append("%s,%s,%s%s,%d.%02d" % (r.choice(["Canape Co", "Brew Bros", "Clean Desk Ltd"]), iban(r, "DE", "CATR") if False else iban(r),
                                          r.choice(["GB", "IE"]), rs(r, DIGITS, 9), r.randint(80, 4000), r.randint(0, 99)))
    return "\n".join(rows)


def _gcal(r):
    return json.dumps({"kind": "admin#directory#resources#calendars#CalendarResource",
                       "resourceId": rs(r, DIGITS, 11), "resourceName": "Dock4-L2-Juniper (8)",
                       "resourceEmail": "c_188%s@resource.calendar.google.com" % rs(r, "0123456789abcdef", 36),
                       "capacity": 8, "etags": "\"%s\"" % b64u(rbytes(r, 20))}, indent=2)


def _exch(r):
    return ("PS> Get-Place -Type Room | ft DisplayName,Identity,Capacity\nDisplayName    Identity                               Capacity\n"
            "Juniper (L2)   room-juniper@northloft.example         8\nMaple (L3)     room-maple@northloft.example           12\n"
            "ExchangeGuid : %s" % uuid4(r))


def _checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  posthog.init('phc_%s', {api_host: 'https://eu.i.posthog.com'});\n</script>" % (rs(r, ALNUM, 96), rs(r, ALNUM, 43)))


def _display_public(r):
    mb = "pk." + b64u(json.dumps({"u": "northloft-maps", "a": rs(r, LOWALNUM, 25)}, separators=(",", ":")).encode()) + "." + rs(r, B64URL, 22)
    return json.dumps({"mapboxPublicToken": mb, "algoliaSearchOnlyKey": rs(r, HEX, 32), "algoliaAppId": rs(r, UPALNUM, 10),
                       "sentryDsn": "https://%s@o%s.ingest.de.sentry.io/%s" % (rs(r, HEX, 32), rs(r, DIGITS, 6), rs(r, DIGITS, 7))}, indent=2)


def _readme(r):
    return ("## Quick start\n1. Copy `.env.example` to `.env`.\n2. Set `LOCKER_API_TOKEN=plk_<your-token>` (find it under Settings → API).\n"
            "3. Set `BOOKING_WEBHOOK_SECRET=bkwh_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n4. Leave `RADIUS_SHARED_SECRET` as `changeme` only on your laptop.")


def _env_sample(r):
    return ("# .env.example — never put real values here\nROOM_DISPLAY_JWT=<room-display-jwt>\nCATERING_API_TOKEN=ctr1.<paste-token-here>\n"
            "MAILSCAN_ENCRYPTION_KEY=\nDOOR_CONTROLLER_PASSWORD=${DOOR_CONTROLLER_PASSWORD:?set me}\nDAYPASS_QR_KEY=%s" % ("0" * 64 if r.random() < 0.5 else "your-64-hex-key-here"))


def _bundle(r):
    return ("== environment (values masked by support-bundle v%d.%d) ==\nHOTDESK_ADMIN_PASSWORD=********\nLOCKER_API_TOKEN=plk_****************%s\n"
            "ROOM_DISPLAY_JWT=eyJ***\nRADIUS_SHARED_SECRET=[REDACTED]\nMEMBER_DB_PASSWORD=•••••••" % (r.randint(1, 5), r.randint(0, 9), rs(r, "0123456789abcdef", 4)))


def _ci_masked(r):
    return ("$ ./deploy.sh --site dock4\n[deploy] using catering token ctr1.*** (length 69)\n[deploy] booking webhook secret: ***\n"
            "[deploy] print server admin: [MASKED]\n[deploy] done in %ds" % r.randint(20, 200))


def _vault_tpl(r):
    return ("template {\n  contents = <<EOT\n{{ with secret \"secret/data/dock4/booking\" }}HOTDESK_ADMIN_PASSWORD={{ .Data.data.admin }}{{ end }}\n"
            "EOT\n  destination = \"/run/booking/env\"\n}\n# lease id: dock4/booking/%s" % uuid4(r))


def _cfn(r):
    return ("Environment:\n  Variables:\n    LOCKER_API_TOKEN: '{{resolve:secretsmanager:dock4/locker:SecretString:token}}'\n"
            "    MEMBER_DB_PASSWORD: '{{resolve:ssm-secure:/cowork/prod/member-db-password:%d}}'\n"
            "    MAILSCAN_KEY: '@Microsoft.KeyVault(SecretUri=https://kv-dock4.vault.azure.net/secrets/mailscan/)'\n"
            "    DOOR_CONTROLLER_PASSWORD: op://Facilities/door-controller/password" % r.randint(1, 9))


def _handbook(r):
    return ("4.%d Passwords and access\nNever write the front-desk password on a sticky note. Day-pass guests get the guest Wi-Fi "
            "through the captive portal and never need a password from staff. If a member asks for the printer admin password, "
            "send them to the community team instead." % r.randint(1, 9))


def _retro(r):
    return ("Host team retro, week %d\n- Went well: new locker bank live.\n- To improve: we shared the kiosk exit password in chat again; "
            "we agreed to rotate it and keep it only in the password manager.\n- Action: Marta to book the IT training." % r.randint(1, 52))


def _django_hash(r):
    return "pbkdf2_sha256$600000$%s$%s" % (rs(r, ALNUM, 22), b64s(rbytes(r, 32)))


def _auth_user(r):
    rows = ["id | username | password | is_staff"]
    for i in range(3):
        rows.append("%d | %s | %s | %s" % (r.randint(1, 900), r.choice(NAMES).lower() + str(r.randint(1, 99)), _django_hash(r), r.choice(["t", "f"])))
    return "\n".join(rows)


def _flask_users(r):
    rows = ["sqlite> SELECT email, password_hash FROM users LIMIT 3;"]
    for _ in range(3):
        rows.append("%s@northloft.example|scrypt:32768:8:1$%s$%s" % (r.choice(NAMES).lower(), rs(r, ALNUM, 16), rbytes(r, 64).hex()))
    return "\n".join(rows)


def _sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(rbytes(r, n)), b64s(rbytes(r, 32)), b64s(rbytes(r, 16)))
    return ("door_controller_password: %s\nlocker_api_token: %s\nsops:\n    age:\n        - recipient: age1%s\n    lastmodified: \"2026-0%d-1%dT10:00:00Z\"\n    version: 3.9.%d"
            % (enc(18), enc(49), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), r.randint(1, 9), r.randint(0, 9), r.randint(0, 4)))


def _ansible_vault(r):
    blob = rbytes(r, 160).hex()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80))


def _fw_manifest(r):
    return ("room-panel firmware %d.%d.%d\ncommit %s\nsha256  %s  panel-fw.bin\nmd5     %s  panel-fw.bin"
            % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), hashlib.sha1(rbytes(r, 32)).hexdigest(),
               hashlib.sha256(rbytes(r, 64)).hexdigest(), hashlib.md5(rbytes(r, 64)).hexdigest()))


def _ota(r):
    return "\n".join("ota panel-%03d fw=%d.%d digest=sha256:%s status=%s" % (r.randint(1, 200), r.randint(1, 4), r.randint(0, 20),
                     hashlib.sha256(rbytes(r, 32)).hexdigest(), r.choice(["applied", "pending"])) for _ in range(3))


def _ssh_blob(r):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return blob


def _authorized_keys(r):
    lines = []
    for _ in range(3):
        lines.append("ssh-ed25519 %s %s@%s" % (b64s(_ssh_blob(r)), r.choice(NAMES).lower(), r.choice(["laptop", "kiosk-01", "ops-mbp"])))
    return "\n".join(lines)


def _known_hosts(r):
    blob = _ssh_blob(r)
    fp = b64s(hashlib.sha256(blob).digest()).rstrip("=")
    return ("The authenticity of host 'panel-%02d.dock4.lan (10.20.4.%d)' can't be established.\nED25519 key fingerprint is SHA256:%s.\n"
            "Are you sure you want to continue connecting (yes/no/[fingerprint])? yes" % (r.randint(1, 40), r.randint(2, 250), fp))


def _receipt(r):
    return ("NORTHLOFT DOCK 4\nDay pass x1    EUR %d.00\nVISA **** **** **** %s\nAUTH CODE: %s\nTID: %s  RRN: %s\nAPPROVED"
            % (r.choice([18, 22, 25]), rs(r, DIGITS, 4), rs(r, UPALNUM, 6), rs(r, DIGITS, 8), rs(r, DIGITS, 12)))


def _settlement(r):
    rows = ["batch,tid,card,auth,amount"]
    for _ in range(3):
        rows.append("%d,%s,%s******%s,%s,%d.00" % (r.randint(100, 999), rs(r, DIGITS, 8), rs(r, DIGITS, 6), rs(r, DIGITS, 4), rs(r, UPALNUM, 6), r.choice([18, 22, 25, 140])))
    return "\n".join(rows)


CLASSES = [
    ("door_fob_wiegand_card_numbers", "26-bit Wiegand facility code / card number pairs with the raw value and real parity bits",
     [("access_controller_event_log", _fob_log), ("fob_inventory_csv", _fob_csv)]),
    ("room_booking_refs_iso7064_mod97", "room booking references with real ISO 7064 MOD 97-10 check digits, iCalendar UIDs (UUIDv4)",
     [("booking_confirmation_email", _booking_email), ("room_calendar_export_ics", _booking_ics)]),
    ("day_pass_numbers_damm_check", "10-digit day-pass numbers with a real Damm check digit",
     [("day_pass_receipt_text", _daypass_receipt), ("turnstile_scan_log", _turnstile)]),
    ("courier_tracking_numbers_mod10", "22-digit parcel tracking numbers with a real 3-1 weighted mod-10 check digit",
     [("mailroom_intake_log", _mailroom_log), ("parcel_notification_sms", _parcel_sms)]),
    ("printer_serials_and_mac_addresses", "printer serial numbers, MAC addresses, IPP URIs and SNMP counters",
     [("print_fleet_inventory_csv", _print_fleet), ("snmp_walk_output", _snmp)]),
    ("guest_wifi_ssids_and_portal_urls", "SSIDs, open captive-portal settings, NAS identifiers, BSSIDs, RADIUS server address (no secret)",
     [("captive_portal_splash_config", _portal_cfg), ("ap_controller_site_export", _ap_export)]),
    ("iban_and_vat_ids_on_hire_invoices", "IBANs with real mod-97 check digits, VAT numbers and invoice references",
     [("event_hire_invoice_text", _invoice), ("accounts_payable_csv", _ap_csv)]),
    ("calendar_resource_and_mailbox_ids", "Google resource calendar ids and etags, room mailbox addresses, Exchange GUIDs (UUIDv4)",
     [("google_resource_calendar_json", _gcal), ("exchange_room_list_output", _exch)]),
    ("publishable_widget_keys_on_member_portal", "Stripe `pk_live_`, PostHog `phc_`, Mapbox `pk.` (real JSON), Algolia search-only key (32 hex, same shape as the labelled admin key), Sentry DSN",
     [("day_pass_checkout_page_html", _checkout_html), ("room_display_public_config_json", _display_public)]),
    ("placeholder_values_in_integration_guides", "`plk_<your-token>`, `bkwh_XXXX…`, `<room-display-jwt>`, `ctr1.<paste-token-here>`, `changeme`, empty, `${…:?…}`, 64 zeros / `your-64-hex-key-here`",
     [("vendor_setup_readme_markdown", _readme), ("dotenv_sample_file", _env_sample)]),
    ("redacted_values_in_support_bundles", "`********`, `plk_` + stars + 4-character tail, `eyJ***`, `[REDACTED]`, bullets, `***`, `[MASKED]`",
     [("kiosk_support_bundle_env_dump", _bundle), ("ci_deploy_log_masked", _ci_masked)]),
    ("secret_store_references_in_deploys", "Vault agent templates, CloudFormation `{{resolve:…}}`, Key Vault references, `op://` pointers",
     [("vault_agent_template_hcl", _vault_tpl), ("cloudformation_dynamic_refs_yaml", _cfn)]),
    ("password_policy_talk_in_member_handbook", "handbook and retro notes about passwords with no password in them",
     [("member_handbook_it_section", _handbook), ("host_team_retro_notes", _retro)]),
    ("django_pbkdf2_and_werkzeug_scrypt_hashes", "Django `pbkdf2_sha256$…` and Werkzeug `scrypt:32768:8:1$…` strings (random in frame; one-way; column named `password`)",
     [("auth_user_table_dump", _auth_user), ("flask_users_sqlite_dump", _flask_users)]),
    ("sops_and_ansible_vault_ciphertext", "SOPS `ENC[AES256_GCM,…]` values and `$ANSIBLE_VAULT;1.1;AES256` hex bodies (random bytes in frame)",
     [("sops_encrypted_values_yaml", _sops), ("ansible_vault_encrypted_file", _ansible_vault)]),
    ("room_panel_firmware_checksums", "SHA-256, SHA-1 and MD5 digests of random bytes for firmware images and OTA logs",
     [("firmware_release_manifest", _fw_manifest), ("ota_update_log", _ota)]),
    ("ssh_public_keys_and_host_fingerprints", "`ssh-ed25519` public keys (real wire format around 32 random bytes) and SHA256 host-key fingerprints (real digests of the blob)",
     [("authorized_keys_file", _authorized_keys), ("known_hosts_fingerprint_prompt", _known_hosts)]),
    ("card_terminal_receipts_masked_pan", "masked card numbers, authorisation codes, terminal ids and retrieval reference numbers",
     [("day_pass_card_receipt", _receipt), ("terminal_settlement_report", _settlement)]),
]

WRAPPERS = [
    ("", None),
    ("__in_community_team_slack", lambda r, t: "%s  %d:%02d\nfyi, pasting this for context:\n```\n%s\n```" % (r.choice(NAMES), r.randint(8, 18), r.randint(0, 59), t)),
    ("__in_facilities_jira_ticket", lambda r, t: "FAC-%d  Status: In progress\nDescription:\n{noformat}\n%s\n{noformat}" % (r.randint(100, 999), t)),
    ("__in_vendor_helpdesk_email", lambda r, t: "Hello,\n\nplease find the requested output below.\n\n%s\n\nRegards,\nSupport" % t),
    ("__in_ops_confluence_page", lambda r, t: "Runbook › Dock 4 › Reference\n\n%s\n\nLast updated by %s" % (t, r.choice(NAMES))),
]


def generate(registry_items):
    rng = random.Random(SEEDS["negatives"])
    recs = []
    seen = set()
    for cls, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wfn in WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if wfn:
                        t = wfn(rng, t)
                    if t in seen or any(v in t for v in registry_items):
                        continue
                    break
                else:
                    raise RuntimeError("negative draw failed")
                seen.add(t)
                recs.append({"class": cls, "container": kname + wname, "text": t, "source": "negative"})
    return recs
