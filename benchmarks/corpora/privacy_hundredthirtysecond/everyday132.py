"""Everyday records: 45 focus-world container kinds x 4."""
import random, string
from common132 import *

S = SLOT
def gen_type(r, t):
    if t in OWNER: return owner_pw(r)
    if t == 'queue_engine_api_key': return 'qx_' + rs(r, A62, 36)
    if t == 'wristband_encoder_aes_key': return rs(r, '0123456789ABCDEF', 32)
    if t == 'ticket_gateway_client_secret': return rs(r, A62 + '~._-', 40)
    if t == 'photo_kiosk_upload_token': return 'pkt.' + rs(r, A62, 28) + '.' + rs(r, HEX, 12)
    if t == 'guest_app_push_server_secret': return b64bytes(r, 48)
    if t == 'virtual_line_webhook_signing_secret': return 'vlsig_' + rs(r, A62, 32)
    if t == 'cashless_terminal_session_jwt':
        return jwt(r, {'sub': 'term-%04d' % r.randint(1, 9999), 'park': r.choice(['north', 'bay', 'summit']), 'iat': 1760000000 + r.randint(0, 9999999)})
    raise KeyError(t)

OWNER = ['ride_hmi_engineer_password', 'puzzle_broker_mqtt_password', 'show_controller_osc_passcode', 'park_warehouse_db_password']
TYPES = OWNER + ['queue_engine_api_key', 'wristband_encoder_aes_key', 'ticket_gateway_client_secret', 'photo_kiosk_upload_token',
                 'guest_app_push_server_secret', 'virtual_line_webhook_signing_secret', 'cashless_terminal_session_jwt']

KINDS = [
 ('ride_plc_tia_portal_hmi_users_csv', 'UserName;Group;Secret;AutoLogoff\nopsmaint;Maintenance;'+S+';300\n'),
 ('codesys_ride_gateway_cfg', '[CmpGwCommDrvTcp]\nListenPort=1217\n[CmpUserMgr]\nDefaultUser=rideops\nDefaultCredential='+S+'\n'),
 ('beckhoff_twincat_ads_route_xml', '<Route><Name>coaster-cx2040</Name><Address>10.40.2.15</Address><UserName>Administrator</UserName><Auth>'+S+'</Auth></Route>'),
 ('pilz_safety_relay_config_notes_txt', 'PNOZmulti station B2 - configurator access\nproject: launch_block_zone4.mpnoz\nunlock: '+S+'\n'),
 ('ride_dispatch_node_red_flow_json', '{"id":"d41f","type":"mqtt-broker","broker":"10.8.0.4","credentials":{"user":"dispatch","auth":"'+S+'"}}'),
 ('queue_wait_time_service_env', 'QUEUE_SOURCE=sensor-array\nQUEUE_ENGINE_KEY='+S+'\nREFRESH_SECONDS=30\n'),
 ('virtual_line_lambda_template_yaml', 'Resources:\n  VlineFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n          VLINE_SHARED: "'+S+'"\n'),
 ('return_time_scheduler_quartz_properties', 'org.quartz.scheduler.instanceName=ReturnTimes\nvline.gateway.user=scheduler\nvline.gateway.cred='+S+'\n'),
 ('escape_room_arduino_sketch_define', '#define ROOM_ID "pharaoh-2"\n#define BROKER "192.168.50.2"\n#define BROKER_CRED "'+S+'"\n'),
 ('puzzle_prop_esp32_secrets_h', '// secrets.h - do not commit\nconst char* PROP_HUB = "hub.room3.internal";\nconst char* PROP_HUB_AUTH = "'+S+'";\n'),
 ('raspberry_pi_prop_systemd_unit', '[Service]\nExecStart=/usr/bin/python3 /opt/prop/lockwatch.py\nEnvironment=PROP_BROKER_AUTH='+S+'\nRestart=always\n'),
 ('game_master_console_electron_config_json', '{\n  "room": "Submarine",\n  "hintScreen": "http://10.0.3.9:8080",\n  "controlAuth": "'+S+'"\n}'),
 ('escape_room_clue_screen_unity_asset', 'MonoBehaviour:\n  m_Name: ClueLink\n  serverHost: 10.0.4.20\n  linkSecret: '+S+'\n'),
 ('timed_ticket_gateway_appsettings_json', '{\n  "Gateway": {\n    "ClientId": "ttg-web-01",\n    "ClientSecret": "'+S+'"\n  }\n}'),
 ('wristband_encoder_station_ini', '[Encoder]\nPort=COM4\nSector=2\nKeyA='+S+'\n'),
 ('turnstile_controller_modbus_yaml', 'turnstiles:\n  gate_east:\n    modbus: 10.12.0.31:502\n    upstream_auth: '+S+'\n'),
 ('season_pass_ios_plist', '<key>PassServiceAuth</key>\n<string>'+S+'</string>\n'),
 ('guest_app_react_native_env', 'API_BASE=https://api.park.example.com\nPUSH_SERVER_SECRET='+S+'\n'),
 ('guest_app_android_local_properties', 'sdk.dir=/opt/android-sdk\npark.push.secret='+S+'\n'),
 ('photo_kiosk_electron_main_js', "const uploader = new Uploader({ endpoint: 'https://photos.park.example.com', auth: '"+S+"' });\n"),
 ('ride_photo_capture_trigger_conf', '[camera]\ntrigger_gpio=17\nburst=3\n[upload]\nbearer='+S+'\n'),
 ('on_ride_video_ffmpeg_wrapper_sh', '#!/bin/sh\nUPLOAD_AUTH="'+S+'"\nffmpeg -i /dev/video0 -t 45 /tmp/clip.mp4\n'),
 ('photo_print_queue_php_config', "<?php\nreturn ['printer' => 'dnp-ds620', 'cloud_auth' => '"+S+"'];\n"),
 ('show_control_qlab_script_applescript', 'tell application id "com.figure53.QLab.5"\n  set workspacePass to "'+S+'"\nend tell\n'),
 ('lighting_console_show_sync_ps1', '$ShowHost = "10.60.0.5"\n$SyncCred = "'+S+'"\nInvoke-ShowSync -Host $ShowHost -Credential $SyncCred\n'),
 ('medialon_manager_project_variable_xml', '<Variable name="BridgeAuth" type="String">'+S+'</Variable>'),
 ('fountain_show_controller_lua', 'local cfg = { host = "10.70.1.2", port = 7000, auth = "'+S+'" }\n'),
 ('projection_mapping_touchdesigner_env', 'TD_PROJECT=castle_nightly.toe\nTD_SYNC_AUTH='+S+'\n'),
 ('park_data_warehouse_dbt_profiles_yml', 'park:\n  outputs:\n    prod:\n      type: postgres\n      host: dwh.park.internal\n      user: analytics\n      pass: "'+S+'"\n'),
 ('attendance_forecast_jupyter_cell', "In [7]: conn = connect('dwh.park.internal', 'forecast', '"+S+"')\n"),
 ('cashless_pos_terminal_json', '{"terminal":"kiosk-14","session":"'+S+'"}'),
 ('arcade_card_reader_firmware_cfg', 'reader.id=ARC-0443\nreader.network=10.90.0.0/16\nreader.session='+S+'\n'),
 ('locker_rental_kiosk_dotnet_user_secrets', '{\n  "LockerCloud:Secret": "'+S+'"\n}'),
 ('parking_lpr_camera_ini', '[Upload]\nServer=lpr.park.internal\nAuth='+S+'\n'),
 ('weather_ride_closure_cron_line', '*/5 * * * * WIND_HOOK_AUTH='+S+' /opt/ops/wind_check.sh\n'),
 ('ride_maintenance_cmms_sync_toml', '[cmms]\nurl = "https://cmms.park.example.com"\nsync_secret = "'+S+'"\n'),
 ('queue_display_signage_player_xml', '<player><feed>https://queue.park.example.com/feed</feed><feedAuth>'+S+'</feedAuth></player>'),
 ('park_ops_ansible_group_vars', 'ride_ops_db_host: 10.20.0.9\nride_ops_db_auth: "'+S+'"\n'),
 ('attraction_helm_values_yaml', 'vline:\n  replicas: 3\n  signing: '+S+'\n'),
 ('ride_ops_slack_channel_paste', '[07:42] maint-lead: for the HMI on Thunder Run use '+S+' until IT rotates it\n'),
 ('escape_room_game_master_handover_note', 'Handover - evening shift\n- Room 2 maglock stuck, reset via panel\n- broker login for props: '+S+'\n'),
 ('ride_inspection_ticket_comment', 'INC-5521 comment: the tech could not log in, I gave him '+S+' on site.\n'),
 ('show_tech_rehearsal_email', 'Hi Mara,\nfor tonight\'s rehearsal the OSC console passcode is '+S+' - please keep it to the booth.\n'),
 ('guest_services_whatsapp_export_line', '12/06/26, 09:14 - Leo: dwh login for the report -> '+S+'\n'),
 ('attraction_kiosk_crash_dump_txt', 'Unhandled exception in SyncWorker\n  at Sync.Connect(auth="'+S+'")\n  at Main()\n'),
]

def generate(seed=13201):
    r = random.Random(seed)
    out = []
    for k, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t = TYPES[(3 * k + 5 * j) % len(TYPES)]
            v = gen_type(r, t)
            text, s, e = fill(tpl, v)
            out.append({'type': t, 'container': kind, 'text': text, 'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'everyday'})
    return out
