"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import base64, hashlib, hmac, random
from common import *


def pem_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " maker@rover"


BASE = {
    "public_key_or_certificate": {
        "rpi_imager_ssh_public_key_field": lambda r: "Raspberry Pi Imager > Services > Allow public-key authentication only:\n" + pem_pub(r) + "\n",
        "mcuboot_ed25519_public_key_c_array": lambda r: "/* MCUboot image verification key (public) */\nconst unsigned char ed25519_pub_key[] = {\n    " + ", ".join("0x%02x" % r.randrange(256) for _ in range(32)) + "\n};\n",
    },
    "placeholder_or_redacted": {
        "esphome_secrets_template_placeholders": lambda r: "# copy to secrets.yaml and fill in\nwifi_ssid: \"<your-ssid>\"\nwifi_password: \"<your-wifi-password>\"\napi_key: \"%s\"\n" % r.choice(["CHANGE_ME", "<generate with esphome wizard>", "xxxxxxxx"]),
        "android_local_properties_sample_blanks": lambda r: "# local.properties.sample\nRELEASE_STORE_PASSWORD=\nRELEASE_KEY_PASSWORD=%s\nMAPS_API_KEY=YOUR_KEY_HERE\n" % r.choice(["[REDACTED]", "********", "<ask-lead>"]),
    },
    "digest_or_checksum": {
        "firmware_ota_manifest_sha256": lambda r: "{\"version\": \"1.%d.%d\", \"url\": \"https://ota.example/fw.bin\", \"sha256\": \"%s\"}\n" % (r.randrange(9), r.randrange(20), rs(r, HEXL, 64)),
        "apk_signing_certificate_fingerprints": lambda r: "Signer #1 certificate SHA-256 digest: %s\nSigner #1 certificate SHA-1 digest: %s\n" % (rs(r, HEXL, 64), rs(r, HEXL, 40)),
    },
    "ciphertext_or_sealed_value": {
        "ansible_vault_encrypted_wifi_psk": lambda r: "wifi_psk: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + "\n  ".join(rs(r, HEXL, 80) for _ in range(3)) + "\n",
        "sops_encrypted_device_secret_yaml": lambda r: "mqtt_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n" % (b64bytes(r, 18), b64bytes(r, 24), b64bytes(r, 16)),
    },
    "masked_partial_value": {
        "app_store_connect_keys_masked_row": lambda r: "Name: CI upload  Key ID: %s  Access: App Manager  Key: ••••••••••••%s\n" % (rs(r, UP + DIG, 10), rs(r, UP + DIG, 4)),
        "router_admin_page_psk_dots": lambda r: "Wireless Security: WPA2-PSK\nPassphrase: ●●●●●●●●●●●● (show)\nLast changed: %d days ago\n" % r.randrange(2, 300),
    },
    "opaque_random_identifier": {
        "play_console_order_ids_export": lambda r: "\n".join("GPA.%04d-%04d-%04d-%05d,%s,EUR 4.99" % (r.randrange(10000), r.randrange(10000), r.randrange(10000), r.randrange(100000), rs(r, LO, 6)) for _ in range(3)) + "\n",
        "steam_depot_manifest_ids": lambda r: "Depot %d  Manifest %s\nDepot %d  Manifest %s\n" % (r.randrange(10 ** 6), rs(r, DIG, 19), r.randrange(10 ** 6), rs(r, DIG, 19)),
    },
    "password_prose_no_value": {
        "maker_forum_security_advice_post": lambda r: "PSA: please change the default password on your printer's web UI before port-forwarding it. Use a long passphrase and keep it in a password manager, never in the firmware config you post here.\n",
        "game_jam_rules_password_paragraph": lambda r: "Rule %d: the build server password is handed out in person at check-in. Do not ask for it in chat, and do not commit it.\n" % r.randrange(3, 12),
    },
    "publishable_client_key": {
        "firebase_web_config_snippet": lambda r: "const firebaseConfig = {\n  apiKey: \"AIza%s\",\n  authDomain: \"hive-%s.firebaseapp.com\",\n  appId: \"1:%s:web:%s\"\n};\n" % (rs(r, URL, 35), rs(r, LO, 5), rs(r, DIG, 12), rs(r, HEXL, 22)),
        "mapbox_public_token_manifest": lambda r: "<meta-data android:name=\"MAPBOX_ACCESS_TOKEN\" android:value=\"pk.%s.%s\" />\n" % (b64url_json({"u": "maker" + rs(r, LO, 4), "a": rs(r, LO + DIG, 25)}), rs(r, URL, 22)),
    },
    "test_fixture_fake_credential": {
        "unit_test_fake_device_token_fixture": lambda r: "// test fixture, not a real token\nval FAKE_PUSH_TOKEN = \"fake-token-%s\"\n" % rs(r, DIG, 4),
        "emulator_demo_login_card": lambda r: "Demo account for the emulator build: demo@example.com / demo%d (resets nightly, read-only sandbox)\n" % r.randrange(100),
    },
    "version_or_build_string": {
        "esp_idf_boot_banner_versions": lambda r: "I (29) boot: ESP-IDF v5.%d.%d 2nd stage bootloader\nI (29) boot: compile time %02d:%02d:%02d\nI (31) app_init: ELF file SHA256: %s...\n" % (r.randrange(4), r.randrange(4), r.randrange(24), r.randrange(60), r.randrange(60), rs(r, HEXL, 16)),
        "gradle_dependency_versions_block": lambda r: "dependencies {\n    implementation 'com.squareup.okhttp3:okhttp:4.%d.%d'\n    implementation 'androidx.core:core-ktx:1.%d.0'\n}\n" % (r.randrange(13), r.randrange(5), r.randrange(14)),
    },
    "uuid_or_request_identifier": {
        "ble_gatt_service_uuid_table": lambda r: "Service %s  (Environmental Sensing)\nCharacteristic %s  notify\n" % (uuid4(r), uuid4(r)),
        "cloud_build_request_ids_log": lambda r: "[build] request-id=%s status=queued target=android-release\n" % uuid4(r),
    },
    "password_hash_not_plaintext": {
        "yocto_usermod_sha512_crypt_hash": lambda r: "EXTRA_USERS_PARAMS = \"usermod -p '$6$%s$%s' root;\"\n" % (rs(r, ALNUM, 16), rs(r, ALNUM + "./", 86)),
        "mosquitto_passwd_file_pbkdf2_entries": lambda r: "sensor01:$7$101$%s$%s\n" % (b64bytes(r, 12), b64bytes(r, 64)),
    },
    "license_or_serial_identifier": {
        "device_serial_sticker_ocr": lambda r: "S/N: %s  MODEL: PX-%d  FCC ID: 2A%s\n" % (rs(r, UP + DIG, 14), r.randrange(100, 999), rs(r, UP + DIG, 8)),
        "rpi_cpuinfo_board_serial": lambda r: "Hardware\t: BCM2835\nRevision\t: c03114\nSerial\t\t: 10000000%s\nModel\t\t: Raspberry Pi 4 Model B Rev 1.4\n" % rs(r, HEXL, 8),
    },
    "device_hardware_identifier": {
        "esp32_efuse_mac_log_line": lambda r: "I (402) wifi:mode : sta (%s)\n" % ":".join(rs(r, HEXL, 2) for _ in range(6)),
        "lte_modem_imei_iccid_report": lambda r: "AT+CGSN\n%s\nOK\nAT+QCCID\n+QCCID: 8944%s\nOK\n" % (rs(r, DIG, 15), rs(r, DIG, 15)),
    },
    "code_identifier_lookalike": {
        "kotlin_secret_key_constant_names": lambda r: "object PrefKeys {\n    const val KEY_API_TOKEN = \"api_token\"\n    const val KEY_WIFI_PASSWORD = \"wifi_password_%d\"\n}\n" % r.randrange(9),
        "unity_playerprefs_key_names": lambda r: "PlayerPrefs.SetString(\"SessionTokenKey\", tokenField.name);\nPlayerPrefs.GetString(\"Password_Slot_%d\");\n" % r.randrange(9),
    },
}

WRAPS = [
    ("", "{X}"),
    ("__in_pull_request_review", "Review comment on PR #{n}:\n> {X}\nThis one is fine to commit, not a secret.\n"),
    ("__in_hobby_forum_reply", "Quote from the thread:\n[quote]\n{X}[/quote]\nNothing sensitive in there.\n"),
    ("__in_discord_support_ticket", "#support ticket {n}: user pasted\n```\n{X}```\n"),
    ("__in_firmware_changelog", "CHANGELOG v{n}\n- context:\n{X}"),
    ("__in_device_setup_wiki_page", "== Device setup ==\n<pre>\n{X}</pre>\n"),
]


def docs():
    zig = "ZigBeeAlliance09".encode().hex().upper()
    hk = hmac.new(bytes(range(0x00, 0x0d)), hmac.new(bytes(range(0x00, 0x0d)), b"\x0b" * 22, "sha256").digest(), "sha256")
    # RFC 5869 A.1: IKM 0x0b*22, salt 0x00..0x0c, info 0xf0..0xf9, L=42
    prk = hmac.new(bytes(range(0x00, 0x0d)), b"\x0b" * 22, "sha256").digest()
    okm, t = b"", b""
    for i in range(1, 3):
        t = hmac.new(prk, t + bytes(range(0xf0, 0xfa)) + bytes([i]), "sha256").digest()
        okm += t
    okm = okm[:42].hex()
    assert okm.startswith("3cb25f25faacd57a90434f64d0362f2a")
    scr = hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex()
    assert scr.startswith("fdbabe1c9d3472007856e7190d01e9fe")
    aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    hdr, pl = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9", "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    k = base64.urlsafe_b64decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow==")
    sig = base64.urlsafe_b64encode(hmac.new(k, (hdr + "." + pl).encode(), "sha256").digest()).decode().rstrip("=")
    assert sig == "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", sig
    jws = hdr + "." + pl + "." + sig
    return [
        ("zigbee_alliance09_default_tclk", "Zigbee 3.0 spec: the well-known default Trust Center link key \"ZigBeeAlliance09\" is %s; coordinators must switch to install codes.\n" % zig, zig),
        ("rfc5869_hkdf_sha256_case_one_okm", "RFC 5869 A.1 (HKDF-SHA256) expected OKM = 0x%s\n" % okm, okm),
        ("rfc7914_scrypt_nacl_vector", "RFC 7914 section 12, scrypt(P=\"password\", S=\"NaCl\", N=1024, r=8, p=16, dkLen=64) =\n%s\n" % scr, scr),
        ("aws_docs_example_secret_key", "From the AWS CLI docs (example values only): aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = %s\n" % aws, aws),
        ("rfc7515_appendix_a1_hs256_jws", "RFC 7515 Appendix A.1 example JWS (HMAC SHA-256, published test key):\n%s\n" % jws, jws),
    ]


def build(idx):
    rng = random.Random(4206)
    recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            for suf, w in WRAPS:
                x = BASE[cls][kind](rng)
                text = w.replace("{n}", str(rng.randrange(10, 999))).replace("{X}", x)
                recs.append({"id": "p42-n-%04d" % idx[0], "class": cls, "container": kind + suf, "text": text, "source": "negative"})
                idx[0] += 1
    dvals = []
    for kind, text, val in docs():
        recs.append({"id": "p42-n-%04d" % idx[0], "class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
        idx[0] += 1
        dvals.append(val)
    return recs, dvals
