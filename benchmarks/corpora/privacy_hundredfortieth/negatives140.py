"""Hard negatives from the elevator / building-automation world: 16 classes x 2 base kinds x 6 presentations."""
import hashlib
from common140 import Gen, HEXL, AL
import string

WRAP = [None, 'in_lift_techs_teams_thread', 'in_bms_repo_code_review', 'in_facilities_service_ticket', 'in_elevator_ops_wiki', 'in_building_owner_email']
WRAPTXT = {
    'in_lift_techs_teams_thread': 'Teams (lift-techs) — Ola: pasting this for reference, nothing secret in it:\n{T}',
    'in_bms_repo_code_review': 'Review comment on bms-bridge!412:\n```\n{T}\n```\nLGTM once CI is green.',
    'in_facilities_service_ticket': 'Ticket FAC-{N} note: customer sent the following.\n{T}',
    'in_elevator_ops_wiki': '== Reference ==\n{T}\n(see also the site binder)',
    'in_building_owner_email': 'Hello,\nas requested, below is the extract from our system:\n\n{T}\n\nKind regards,\nFacilities',
}


def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)


def kinds(g):
    r = g.r
    dig = lambda n: ''.join(r.choice(string.digits) for _ in range(n))
    up = lambda n: ''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))
    def serial():
        b = dig(9); return b + luhn_digit(b)
    def mac():
        return ':'.join('%02X' % r.randint(0, 255) for _ in range(6))
    return {
        'elevator_unit_and_controller_serials': [
            ('unit_register_csv', lambda: 'building,car,oem,serial\nTower B,%d,OEM-A,%s\nTower B,%d,OEM-A,%s' % (r.randint(1, 6), serial(), r.randint(7, 9), serial())),
            ('controller_nameplate_ocr', lambda: 'CONTROLLER NAMEPLATE\nModel LC-%s  S/N %s\nRated 400V 3~ 50Hz' % (up(4), serial())),
        ],
        'lift_inspection_certificate_numbers': [
            ('inspection_certificate_header', lambda: 'Certificate of Inspection No. CI-%s-%s\nConveyance ID: EL-%s' % (dig(4), dig(6), dig(5))),
            ('state_conveyance_register_rows', lambda: 'conveyance_id;cert_no;due\nEL-%s;CI-%s;2026-0%d-15' % (dig(5), dig(8), r.randint(1, 9))),
        ],
        'bacnet_device_instances_and_object_ids': [
            ('bacnet_who_is_scan_output', lambda: 'I-Am device,%d  vendor %d  maxapdu 1476\nobject analog-input,%d "CHW-SUPPLY-TEMP"' % (r.randint(1000, 4194302), r.randint(1, 1200), r.randint(0, 999))),
            ('bms_point_list_export', lambda: 'Device;Object;Name\n%d;AV:%d;AHU3-SAT-SP\n%d;BV:%d;B2-ENABLE' % (r.randint(1000, 4194302), r.randint(0, 999), r.randint(1000, 4194302), r.randint(0, 999))),
        ],
        'modbus_register_maps': [
            ('modbus_map_csv', lambda: 'register,type,scale,name\n%d,int16,0.1,supply_temp\n%d,uint32,1,run_hours' % (40001 + r.randint(0, 900), 40001 + r.randint(900, 1800))),
            ('modbus_poll_hex_dump', lambda: 'Tx:%s\nRx:%s' % (' '.join('%02X' % r.randint(0, 255) for _ in range(8)), ' '.join('%02X' % r.randint(0, 255) for _ in range(9)))),
        ],
        'controller_firmware_image_digests': [
            ('firmware_release_manifest', lambda: 'liftctl-fw-%d.%d.%d.bin  sha256:%s' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), hashlib.sha256(bytes(r.getrandbits(8) for _ in range(32))).hexdigest())),
            ('gateway_update_md5_list', lambda: '%s  bmsgw_%s.tar.gz' % (hashlib.md5(bytes(r.getrandbits(8) for _ in range(16))).hexdigest(), dig(8))),
        ],
        'emergency_phone_line_numbers': [
            ('lift_phone_line_inventory', lambda: 'car,line,carrier\n%d,+1-555-01%02d,POTS\n%d,+1-555-01%02d,cellular' % (r.randint(1, 6), r.randint(0, 99), r.randint(7, 9), r.randint(0, 99))),
            ('autodialer_programming_sheet', lambda: 'Autodialer slot 1: 555-01%02d\nSlot 2: 555-01%02d\nUnit ID %s' % (r.randint(0, 99), r.randint(0, 99), dig(6))),
        ],
        'publishable_map_and_widget_keys': [
            ('mapbox_public_token_config', lambda: "mapboxgl.accessToken = 'pk.%s.%s';" % (g.b64(30, url=True, pad=False), g.s(22))),
            ('site_widget_publishable_key', lambda: '<script src="https://widgets.example.com/w.js" data-publishable-key="pub_%s"></script>' % g.s(32)),
        ],
        'starred_out_gateway_passwords': [
            ('gateway_settings_masked_dump', lambda: 'admin_user=%s\nadmin_password=********\nmqtt_password=••••••••' % r.choice(['mrtech', 'bmsadmin', 'liftsvc'])),
            ('dispatch_log_redacted_header', lambda: 'POST /api/jobs Authorization: Bearer [REDACTED:%d chars] req=%s' % (r.randint(30, 60), g.hx(12))),
        ],
        'template_placeholder_credentials': [
            ('liftgw_env_template', lambda: 'RM_API_KEY=<paste-remote-monitoring-key-%d>\nGW_PASSWORD=${GW_PASSWORD}\nSIP_SECRET=TODO_SET_ME' % r.randint(1, 99)),
            ('vendor_quickstart_curl', lambda: 'curl -H "Authorization: Bearer {{BMS_TOKEN_%d}}" https://api.example.com/v1/points' % r.randint(1, 99)),
        ],
        'vault_and_parameter_store_paths': [
            ('hashicorp_kv_path_refs', lambda: 'gateway_password: "{{ lookup(\'hashi_vault\', \'secret=kv/data/liftgw/%s:password\') }}"' % g.s(6).lower()),
            ('ssm_parameter_name_refs', lambda: 'RM_API_KEY: ssm:/bms/%s/rm-api-key:%d' % (g.s(5).lower(), r.randint(1, 30))),
        ],
        'sops_and_age_encrypted_values': [
            ('sops_yaml_encrypted_field', lambda: 'rm_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (g.b64(24), g.b64(32), g.b64(16))),
            ('age_armored_message_header', lambda: '-----BEGIN AGE ENCRYPTED FILE-----\n%s\n%s\n-----END AGE ENCRYPTED FILE-----' % (g.b64(48), g.b64(30))),
        ],
        'password_policy_talk_without_value': [
            ('site_security_briefing_note', lambda: 'Reminder #%d: machine-room terminal passwords are rotated every 90 days; never write them on the controller cabinet.' % r.randint(1, 999)),
            ('tech_reset_help_chat', lambda: 'Tech %d: I forgot the gateway password again. Helpdesk: use the self-service reset link, I cannot read it to you.' % r.randint(10, 99)),
        ],
        'work_order_and_dispatch_ids': [
            ('work_order_export_rows', lambda: 'wo_id,site,status\nWO-%s,TWB,dispatched\nWO-%s,TWB,closed' % (dig(7), dig(7))),
            ('dispatch_push_payload_json', lambda: '{"job_id":"%s","tech_id":"T%s","eta_min":%d}' % (g.uuid4(), dig(5), r.randint(5, 90))),
        ],
        'controller_mac_and_device_uuids': [
            ('gateway_inventory_csv', lambda: 'host,mac,uuid\nliftgw-%d,%s,%s' % (r.randint(1, 99), mac(), g.uuid4())),
            ('dhcp_lease_lines', lambda: 'lease 10.40.%d.%d { hardware ethernet %s; client-hostname "bmsctl-%d"; }' % (r.randint(1, 9), r.randint(2, 250), mac().lower(), r.randint(1, 99))),
        ],
        'oauth_state_and_request_nonces': [
            ('inspection_portal_callback_query', lambda: 'GET /oauth/callback?code=&state=%s&nonce=%s' % (g.s(32), g.hx(16))),
            ('bacnet_sc_hub_request_id_log', lambda: 'hub-connect req_id=%s msg_id=%d ok' % (g.hx(24), r.randint(1, 65535))),
        ],
        'vendor_documentation_sample_values': [
            ('api_doc_example_request', lambda: 'Example: X-Api-Key: EXAMPLE-KEY-%s-DO-NOT-USE' % up(6)),
            ('sdk_readme_fake_secret', lambda: 'client = RmClient(api_key="rm_test_000000000000%s")  # sample only' % dig(4)),
        ],
    }


def build(used, seed=14006):
    g = Gen(seed, set())
    out, texts = [], set()
    n = 0
    for cls, bases in kinds(g).items():
        for bname, fn in bases:
            for w in WRAP:
                for _ in range(50):
                    t = fn()
                    if w:
                        t = WRAPTXT[w].replace('{N}', str(g.r.randint(1000, 9999))).replace('{T}', t)
                    if t not in texts:
                        break
                texts.add(t)
                n += 1
                out.append({'id': 'N%04d' % n, 'class': cls, 'container': bname + ('__' + w if w else ''), 'text': t, 'source': 'negative'})
    return out
