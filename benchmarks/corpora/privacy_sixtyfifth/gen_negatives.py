"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import base64, hashlib, hmac, random, string
from common import *

SEED = 6506
UPAN = string.ascii_uppercase + string.digits
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(r):
    return rs(r, "WVJSZ1", 1) + rs(r, VIN_AL, 16)


BASES = {
    "public_key_or_certificate": {
        "sros2_enclave_certificate_pem": lambda r: "keystore/enclaves/nav2/cert.pem\n-----BEGIN CERTIFICATE-----\n" + "\n".join(rs(r, B64, 64) for _ in range(5)) + "\n" + rs(r, B64, 20) + "==\n-----END CERTIFICATE-----\n",
        "ground_station_known_hosts": lambda r: "\n".join("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (h, rs(r, B64, 43)) for h in r.sample(HOSTS, 3)) + "\n",
    },
    "placeholder_or_redacted": {
        "ros_params_changeme_template": lambda r: "fleet_uploader:\n  ros__parameters:\n    api_token: \"<FLEET_TOKEN_HERE>\"\n    db_password: CHANGE_ME\n    ntrip_password: \"********\"\n    retry: %d\n" % r.randint(2, 9),
        "supplier_portal_env_example": lambda r: "# .env.example (copy to .env)\nSUPPLIER_PORTAL_USER=your.name@supplier.example\nSUPPLIER_PORTAL_PASSWORD=<your-portal-password>\nPORTAL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nPLANT_CODE=%s\n" % rs(r, UPAN, 4),
    },
    "digest_or_checksum": {
        "firmware_release_sha256sums": lambda r: "".join("%s  fmu-v6x_%s.px4\n" % (rs(r, HEX, 64), v) for v in ["1.14.%d" % r.randint(0, 9), "1.15.0-rc%d" % r.randint(1, 5)]),
        "ulog_flight_log_md5_manifest": lambda r: "".join("%s  log_%d_2024-05-%02d-10-%02d-00.ulg\n" % (rs(r, HEX, 32), i, r.randint(1, 28), r.randint(0, 59)) for i in range(3)),
    },
    "ciphertext_or_sealed_value": {
        "sops_encrypted_fleet_values": lambda r: "fleet_api_token: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]\nsops:\n  version: 3.8.1\n" % (rs(r, B64, 56), rs(r, B64, 43) + "=", rs(r, B64, 22)),
        "openssl_enc_calibration_blob": lambda r: "calib/imu_%d.bin.enc (openssl enc -aes-256-cbc -pbkdf2, key in vault):\nU2FsdGVkX1%s\n" % (r.randint(1, 99), rs(r, B64, 86)),
    },
    "masked_partial_value": {
        "plm_user_admin_masked_password": lambda r: "User: %s\nPassword: ************\nAPI key: %s••••••••••••%s\nLast login: 2024-05-%02d\n" % (r.choice(USERS), rs(r, AN, 4), rs(r, AN, 4), r.randint(1, 28)),
        "ci_log_masked_variables": lambda r: "$ echo \"deploying with token $FLEET_API_TOKEN\"\ndeploying with token [MASKED]\n$ ./upload.sh --password ****\nJob succeeded (%ds)\n" % r.randint(20, 900),
    },
    "code_identifier_lookalike": {
        "ros_package_git_sha_table": lambda r: "".join("%-22s %s\n" % (p, rs(r, HEX, 40)) for p in ["nav2_bringup", "robot_localization", "mavros"]),
        "build_artifact_id_listing": lambda r: "".join("artifact %s-%s.tar.zst id=%s\n" % (n, rs(r, HEX, 12), rs(r, AN, 26)) for n in ["sil_image", "hil_fw"]),
    },
    "password_prose_no_value": {
        "bench_password_rotation_policy": lambda r: "HIL bench passwords rotate every %d days. The new value is handed over in person by the lab lead and never written into tickets, wikis or chat.\n" % r.choice([30, 60, 90]),
        "supplier_portal_reset_howto": lambda r: "If you forgot your supplier portal password, click 'Reset password' on the login page; a one-time link valid for %d minutes is mailed to the registered address. Support never asks for your password.\n" % r.choice([15, 30, 60]),
    },
    "password_hash_not_plaintext": {
        "yocto_shadow_sha512crypt_line": lambda r: "root:$6$%s$%s:19800:0:99999:7:::\n" % (rs(r, AN + "./", 16), rs(r, AN + "./", 86)),
        "jenkins_users_bcrypt_passwordhash": lambda r: "<passwordHash>#jbcrypt:$2a$10$%s</passwordHash>\n" % rs(r, AN + "./", 53),
    },
    "secret_store_reference": {
        "roslaunch_env_substitution": lambda r: "<param name=\"db_password\" value=\"$(env TELEMETRY_DB_PASSWORD)\"/>\n<param name=\"api_token\" value=\"$(optenv FLEET_API_TOKEN)\"/>\n<!-- rig %d -->\n" % r.randint(1, 9),
        "sim_job_secretkeyref_env": lambda r: "env:\n- name: FLEET_API_TOKEN\n  valueFrom:\n    secretKeyRef:\n      name: fleet-upload-%d\n      key: token\n" % r.randint(1, 99),
    },
    "test_fixture_fake_credential": {
        "hil_pytest_fake_credentials": lambda r: "@pytest.fixture\ndef fake_bench_login():\n    return {\"user\": \"test\", \"password\": \"not-a-real-password\", \"rig\": %d}\n" % r.randint(1, 9),
        "gtest_mock_ecu_login": lambda r: "TEST(EcuLogin, RejectsWrongSeed) {\n  MockEcu ecu(\"dummy-user\", \"dummy-password-for-tests\");\n  EXPECT_FALSE(ecu.unlock(0x%04X));\n}\n" % r.randint(0, 65535),
    },
    "uuid_or_request_identifier": {
        "dds_participant_guid_listing": lambda r: "".join("participant %s.%s.%s.%s\n" % tuple(rs(r, HEX, 8) for _ in range(4)) for _ in range(3)),
        "plm_object_uuid_export": lambda r: "".join("PART-%d;%s;released\n" % (r.randint(10000, 99999), uuid4(r)) for _ in range(3)),
    },
    "version_or_build_string": {
        "ros2_doctor_version_report": lambda r: "distribution name: humble\ndistribution version: 2024-%02d-%02d\nrclpy: 3.3.%d\nrmw_fastrtps_cpp: 6.2.%d\n" % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 20), r.randint(1, 9)),
        "px4_ver_all_output": lambda r: "HW arch: PX4_FMU_V6X\nFW git-hash: %s\nFW version: 1.14.%d 0 (17698048)\nOS: NuttX 11.0.0\n" % (rs(r, HEX, 40), r.randint(0, 5)),
    },
    "vehicle_identification_number": {
        "test_fleet_vin_table": lambda r: "".join("%s  prototype B%d  odometer %d km\n" % (_vin(r), i, r.randint(100, 90000)) for i in range(3)),
        "warranty_claim_vin_list": lambda r: "Claims batch %d:\n" % r.randint(100, 999) + "".join("- VIN %s, DTC P0%03d\n" % (_vin(r), r.randint(100, 999)) for _ in range(3)),
    },
    "can_frame_or_diagnostic_payload": {
        "candump_raw_trace_excerpt": lambda r: "".join("(17150%05d.%06d) can1 %03X#%s\n" % (r.randint(0, 99999), r.randint(0, 999999), r.randint(0x100, 0x7FF), rs(r, "0123456789ABCDEF", 16)) for _ in range(4)),
        "uds_read_data_by_id_log": lambda r: "-> 22 F1 8C\n<- 62 F1 8C %s\n-> 27 01\n<- 67 01 %s\n" % (" ".join(rs(r, "0123456789ABCDEF", 2) for _ in range(12)), " ".join(rs(r, "0123456789ABCDEF", 2) for _ in range(4))),
    },
    "hardware_serial_or_mac_address": {
        "ecu_hardware_serial_table": lambda r: "".join("%s  SN %s  HW %s\n" % (n, rs(r, UPAN, 14), rs(r, "0123456789", 3)) for n in ["VCU", "BMS", "TGW"]),
        "lidar_sensor_mac_listing": lambda r: "".join("lidar_%s  %s  serial %s\n" % (p, ":".join(rs(r, "0123456789abcdef", 2) for _ in range(6)), rs(r, UPAN, 12)) for p in ["front", "rear", "left"]),
    },
}

WRAPPERS = {
    "": "{X}",
    "__in_jira_defect_comment": "Comment on DEF-{N} by {U}:\n{X}\nNo credentials involved, closing.",
    "__in_plm_change_request_note": "Change request CR-{N} attachment note:\n{X}",
    "__in_bench_shift_handover_log": "SHIFT HANDOVER rig-{N}\n{X}\n-- {U}",
    "__in_supplier_8d_report": "8D D{N} evidence (supplier upload by {U}):\n{X}",
    "__in_flight_test_debrief": "Flight test debrief FT-{N}, item noted by {U}:\n{X}",
}


def doc_values():
    aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    sha256_abc = hashlib.sha256(b"abc").hexdigest()
    sha1_abc = hashlib.sha1(b"abc").hexdigest()
    rfc4231_2 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    md5_empty = hashlib.md5(b"").hexdigest()
    assert sha256_abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert sha1_abc == "a9993e364706816aba3e25717850c26c9cd0d89d"
    assert rfc4231_2 == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert md5_empty == "d41d8cd98f00b204e9800998ecf8427e"
    return [
        ("aws_docs_example_secret_in_ros_cloud_tutorial", aws, "ROS cloud-bridge tutorial, step 4 (values from the AWS documentation):\nexport AWS_SECRET_ACCESS_KEY=%s\nReplace it with your own key.\n"),
        ("sha256_abc_vector_in_bootloader_selftest", sha256_abc, "bootloader self-test: SHA-256(\"abc\") must equal the FIPS 180 example\nexpected = %s\n"),
        ("sha1_abc_vector_in_legacy_ecu_spec", sha1_abc, "Legacy ECU spec 4.2: the SHA-1 unit is verified with the FIPS 180 \"abc\" vector %s.\n"),
        ("rfc4231_case2_in_telemetry_hmac_test", rfc4231_2, "def test_hmac_rfc4231_case2():\n    # key 'Jefe', RFC 4231 test case 2\n    assert hmac_sha256(b'Jefe', MSG) == '%s'\n"),
        ("md5_empty_input_in_log_uploader_faq", md5_empty, "FAQ: an upload whose checksum is %s was empty (MD5 of zero bytes); re-run the log uploader.\n"),
    ]


def build():
    rng = random.Random(SEED)
    out = []
    for cls in BASES:
        for base, g in BASES[cls].items():
            for wrap, tpl in WRAPPERS.items():
                f = fill(rng)
                text = tpl.replace("{N}", f["N"]).replace("{U}", f["U"]).replace("{X}", g(rng))
                out.append(dict(cls=cls, container=base + wrap, text=text))
    for kind, val, tpl in doc_values():
        out.append(dict(cls="vendor_documentation_value", container=kind, text=tpl % val))
    return out
