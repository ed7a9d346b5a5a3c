"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import random, hashlib, hmac, base64
from common import *

SEED = 4506


def _b64(r, n):
    return rs(r, B64, n)


def k_known_hosts(r):
    return '\n'.join('%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s' % (host(r), rs(r, B64, 43)) for _ in range(3))


def k_dnskey(r):
    return 'noc.example. 3600 IN DNSKEY 257 3 13 %s==\nnoc.example. 3600 IN DNSKEY 256 3 13 %s==' % (_b64(r, 86), _b64(r, 86))


def k_jinja(r):
    return 'hostname {{ inventory_hostname }}\nenable secret 0 {{ vault_enable_secret }}\nsnmp-server community {{ snmp_ro_community }} RO\ntacacs server ISE\n key 0 <CHANGE-ME>'


def k_scrubbed(r):
    return 'Building configuration...\nusername noc privilege 15 secret 5 <removed>\nsnmp-server community <removed> RO\nradius server NPS1\n key 7 <removed>\n! scrubbed by support-bundle tool'


def k_md5verify(r):
    v = '17.%d.%d' % (r.randint(3, 12), r.randint(1, 9))
    return 'verify /md5 bootflash:cat9k_iosxe.%s.SPA.bin\n.....................Done!\nverify /md5 (bootflash:cat9k_iosxe.%s.SPA.bin) = %s' % (v, v, rs(r, HEX, 32))


def k_sha256sums(r):
    return '\n'.join('%s  %s-%s.cfg.gz' % (rs(r, HEX, 64), host(r).split('.')[0], '2025010%d' % r.randint(1, 9)) for _ in range(3))


def k_sealed(r):
    return 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: nms-db\nspec:\n  encryptedData:\n    password: AgB%s\n' % _b64(r, 300)


def k_age(r):
    body = _b64(r, 256)
    return '-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----' % '\n'.join(body[i:i + 64] for i in range(0, 256, 64))


def k_masked_portal(r):
    return 'Name            Token                  Last used\nnoc-dns-edit    %s…%s   2025-01-0%d\nnoc-readonly    ************%s   never' % (rs(r, ALNUM, 4), rs(r, ALNUM, 4), r.randint(1, 9), rs(r, ALNUM, 4))


def k_masked_show(r):
    return 'show running-config | include key\n key-string ********\n pre-shared-key ****%s\n snmp-server user nms v3 auth sha ******** priv aes 128 ********' % rs(r, DIG, 2)


def k_type9(r):
    return '\n'.join('username %s privilege 15 secret 9 $9$%s$%s' % (u, rs(r, B64URL.replace('-', '.').replace('_', '/'), 14), rs(r, B64URL.replace('-', '.').replace('_', '/'), 43)) for u in ('noc', 'backup'))


def k_junos_sha512(r):
    a = ALNUM + './'
    return 'system {\n    login {\n        user noc {\n            authentication {\n                encrypted-password "$6$%s$%s"; ## SECRET-DATA\n            }\n        }\n    }\n}' % (rs(r, a, 8), rs(r, a, 86))


def k_policy(r):
    return 'Password rotation policy (NOC): device local passwords are rotated every 90 days; never paste a password into a ticket, chat or MOP. Use the break-glass envelope in the %s safe only when TACACS is down, and log who opened it.' % site(r)


def k_mop_vault(r):
    return 'Step 2: retrieve the enable secret for %s from the password vault (folder Network/Core). Do not write it into this MOP. The vault entry is the only source of truth; ask %s if access is missing.' % (host(r), person(r))


def k_circuits(r):
    return '\n'.join('%s  %s  10G wave  %s' % ('%02d/KFGN/%06d/LVLC' % (r.randint(10, 99), r.randint(100000, 999999)), site(r), rs(r, UPPER + DIG, 10)) for _ in range(3))


def k_callid(r):
    return '\n'.join('%s@%s  %d  ANSWERED  %ds' % (rs(r, HEX, 32), ip(r), r.randint(2000, 8999), r.randint(5, 900)) for _ in range(3))


def k_cf_ids(r):
    return 'Zone ID:    %s\nAccount ID: %s\nRay ID:     %s-%s' % (rs(r, HEX, 32), rs(r, HEX, 32), rs(r, HEX, 16), site(r)[:3].upper())


def k_reqids(r):
    return '\n'.join('%s INFO request_id=%s path=/api/dcim/devices status=200' % ('2025-02-0%dT0%d:1%d:00Z' % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9)), uuid4(r)) for _ in range(3))


def k_inventory(r):
    return 'NAME: "Chassis", DESCR: "Cisco ASR1001-X"\nPID: ASR1001-X , VID: V07 , SN: FXS%s\nNAME: "module 0", DESCR: "SPA carrier"\nPID: ASR1001-X , VID: V07 , SN: JAE%s' % (rs(r, UPPER + DIG, 8), rs(r, UPPER + DIG, 8))


def k_lldp(r):
    mac = lambda: ':'.join(rs(r, HEX, 2) for _ in range(6))
    return 'Local Intf  Chassis id          Port ID      System Name\nxe-0/0/1    %s   Ethernet1/49  %s\nxe-0/0/2    %s   Ethernet1/50  %s' % (mac(), host(r, 'spine'), mac(), host(r, 'spine'))


def k_showver(r):
    return 'Cisco IOS XE Software, Version 17.%02d.%02d\nROM: IOS-XE ROMMON\nuptime is %d weeks, %d days\nSystem image file is "bootflash:packages.conf"\nConfiguration register is 0x2102' % (r.randint(3, 15), r.randint(1, 9), r.randint(1, 60), r.randint(0, 6))


def k_upgrade_matrix(r):
    return '| platform | current | target | build |\n|---|---|---|---|\n| MX204 | 22.4R2-S%d | 23.4R1 | 20240%d15.1 |\n| EX4650 | 21.4R3 | 22.4R3-S%d | 2024%02d01.0 |' % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9), r.randint(1, 12))


def k_vault_lookup(r):
    return "tacacs_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=netops/data/%s:tacacs_key') }}\"\nsnmp_v3_auth: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=netops/data/%s:snmp_auth') }}\"" % (site(r), site(r))


def k_secretkeyref(r):
    return 'env:\n  - name: NETBOX_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: netbox-%s\n        key: api-token\n  - name: DD_API_KEY\n    valueFrom:\n      secretKeyRef: {name: datadog, key: api-key}' % site(r)


def k_lab_card(r):
    return 'LAB ONLY – simulator pod %d\nlogin: labuser / EXAMPLE-lab-pass-%d (reset every night, not valid anywhere else)\nconsole: telnet sim-%d.lab.example 50%02d' % (r.randint(1, 40), r.randint(1, 99), r.randint(1, 9), r.randint(0, 99))


def k_mock_devices(r):
    return 'MOCK_DEVICES = [\n    {"host": "198.51.100.%d", "username": "test", "password": "fake-password-for-tests"},\n    {"host": "203.0.113.%d", "username": "test", "password": "not-a-real-secret"},\n]' % (r.randint(1, 254), r.randint(1, 254))


def k_rrsig(r):
    return 'noc.example. 3600 IN RRSIG SOA 13 2 3600 20250301000000 20250201000000 %d noc.example. %s==' % (r.randint(10000, 65000), _b64(r, 86))


def k_dkim(r):
    return 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=noc.example; s=alerts;\n h=from:to:subject:date; bh=%s=;\n b=%s==' % (_b64(r, 43), _b64(r, 342))


def k_prompt(r):
    return 'core1(config)# enable algorithm-type scrypt secret\nEnter secret: \nConfirm secret: \ncore1(config)# username noc algorithm-type scrypt secret\nEnter secret:'


def k_routeros_prompt(r):
    return '[admin@%s] > /password\nold-password: \nnew-password: \nconfirm-new-password: \n[admin@%s] >' % (site(r), site(r))


CLASSES = {
    'public_key_or_certificate': [('ssh_known_hosts_router_lines', k_known_hosts), ('dnssec_dnskey_zone_records', k_dnskey)],
    'placeholder_or_redacted': [('router_template_jinja_placeholders', k_jinja), ('tac_bundle_scrubbed_running_config', k_scrubbed)],
    'digest_or_checksum': [('firmware_image_md5_verify_output', k_md5verify), ('config_archive_sha256sums_file', k_sha256sums)],
    'ciphertext_or_sealed_value': [('sealed_secret_encrypteddata_yaml', k_sealed), ('age_armored_config_blob', k_age)],
    'masked_partial_value': [('dns_portal_api_tokens_masked_listing', k_masked_portal), ('show_running_masked_key_lines', k_masked_show)],
    'password_hash_not_plaintext': [('ios_secret_type9_scrypt_lines', k_type9), ('junos_encrypted_password_sha512_stanza', k_junos_sha512)],
    'password_prose_no_value': [('noc_password_rotation_policy_text', k_policy), ('mop_credentials_from_vault_instruction', k_mop_vault)],
    'opaque_random_identifier': [('carrier_circuit_id_inventory', k_circuits), ('sip_call_id_cdr_rows', k_callid)],
    'uuid_or_request_identifier': [('cloudflare_zone_account_ray_ids', k_cf_ids), ('ipam_api_request_id_log', k_reqids)],
    'device_hardware_identifier': [('show_inventory_serial_numbers', k_inventory), ('lldp_neighbor_chassis_macs', k_lldp)],
    'version_or_build_string': [('show_version_banner_excerpt', k_showver), ('firmware_upgrade_matrix_table', k_upgrade_matrix)],
    'secret_store_reference': [('hashi_vault_lookup_expressions', k_vault_lookup), ('k8s_secretkeyref_env_block', k_secretkeyref)],
    'test_fixture_fake_credential': [('lab_simulator_login_card', k_lab_card), ('netops_unit_test_mock_devices', k_mock_devices)],
    'signature_value': [('dnssec_rrsig_record_dump', k_rrsig), ('dkim_signature_header_dump', k_dkim)],
    'credential_prompt_without_value': [('ios_secret_prompt_transcript', k_prompt), ('routeros_password_prompt_transcript', k_routeros_prompt)],
}

WRAPPERS = {
    'in_noc_shift_handover': 'NOC shift handover ({S}, {P}) – FYI, pasted for context:\n{X}\nNothing to action.',
    'in_carrier_trouble_ticket': 'Trouble ticket {T} – carrier attached:\n{X}\n-- end of attachment --',
    'in_cab_change_record': 'CAB change {T}, evidence section:\n{X}\nApproved by {P}.',
    'in_vendor_support_case_note': 'Vendor support case note ({P}):\n{X}\nPlease advise.',
    'in_ops_wiki_runbook_page': '= Runbook: {S} edge =\n== Reference output ==\n{X}\n[[Category:Runbooks]]',
}


def doc_values():
    jefe = hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest()
    assert jefe.startswith('5bdcc146bf60754e'), jefe
    totp = base64.b32encode(b'12345678901234567890').decode()
    assert totp == 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
    basic = base64.b64encode(b'Aladdin:open sesame').decode()
    assert basic == 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
    chacha = bytes(range(32)).hex()
    stun = 'VOkJxbRl1RmTxUk/WvJxBt'
    return [
        ('rfc4231_case_two_jefe_hmac', 'RFC 4231 test case 2 (key "Jefe", data "what do ya want for nothing?") – expected HMAC-SHA-256, used to validate our TSIG library:\n' + jefe, jefe),
        ('rfc6238_totp_seed_base32', 'RFC 6238 appendix B test seed (ASCII 12345678901234567890) as base32 for the OTP unit tests of the bastion:\n' + totp, totp),
        ('rfc7617_basic_aladdin_example', 'Why Basic auth is not encryption – the RFC 7617 example header:\nAuthorization: Basic ' + basic, basic),
        ('rfc5769_stun_short_term_password', 'STUN message-integrity test (RFC 5769 sample request) – short-term credential password from the RFC: ' + stun, stun),
        ('rfc8439_chacha20_sequential_key', 'RFC 8439 section 2.4.2 test key (bytes 00..1f) for the WireGuard-adjacent crypto tests:\n' + chacha, chacha),
    ]


def generate():
    r = random.Random(SEED)
    recs = []
    for cls, kinds in CLASSES.items():
        for kname, fn in kinds:
            recs.append({'class': cls, 'container': kname, 'text': fn(r), 'source': 'negative'})
            for wname, wt in WRAPPERS.items():
                x = fn(r)
                txt = wt.replace('{S}', site(r)).replace('{P}', person(r)).replace('{T}', ticket(r, 'CR')).replace('{X}', x)
                recs.append({'class': cls, 'container': '%s__%s' % (kname, wname), 'text': txt, 'source': 'negative'})
    for kname, txt, _ in doc_values():
        recs.append({'class': 'vendor_documentation_value', 'container': kname, 'text': txt, 'source': 'negative'})
    return recs
