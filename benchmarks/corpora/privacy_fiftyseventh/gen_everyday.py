from common import G, mark, finish
# type -> (ENV_KEY, yaml_key, human label, generator)
TYPES = {
 "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "AWS secret key", lambda g: g.b64(40).replace("+", "P")),
 "github_personal_access_token": ("GITHUB_TOKEN", "github_token", "GitHub token", lambda g: "ghp_" + g.an(36)),
 "slack_bot_token": ("SLACK_BOT_TOKEN", "slack_bot_token", "Slack bot token", lambda g: "xoxb-" + g.dig(12) + "-" + g.dig(13) + "-" + g.an(24)),
 "database_password": ("DB_PASSWORD", "db_password", "database password", lambda g: g.pw()),
 "mqtt_broker_password": ("MQTT_PASSWORD", "mqtt_password", "MQTT broker password", lambda g: g.pw()),
 "wifi_network_passphrase": ("WIFI_PSK", "wifi_psk", "Wi-Fi passphrase", lambda g: g.pw()),
 "lorawan_app_key": ("LORAWAN_APPKEY", "app_key", "LoRaWAN AppKey", lambda g: g.HEX(32)),
 "hmi_operator_password": ("HMI_ADMIN_PASS", "hmi_password", "HMI admin password", lambda g: g.pw()),
 "stripe_live_secret_key": ("STRIPE_SECRET_KEY", "stripe_secret_key", "Stripe live key", lambda g: "sk_live_51" + g.an(97)),
 "openai_project_api_key": ("OPENAI_API_KEY", "openai_api_key", "OpenAI key", lambda g: "sk-proj-" + g.b64u(156)),
 "jwt_signing_secret": ("JWT_SECRET", "jwt_secret", "JWT signing secret", lambda g: g.b64u(48)),
 "smtp_password": ("SMTP_PASSWORD", "smtp_password", "SMTP password", lambda g: g.pw()),
 "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "twilio_auth_token", "Twilio auth token", lambda g: g.hex(32)),
 "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", "telegram_bot_token", "Telegram bot token", lambda g: g.dig(10) + ":AA" + g.b64u(33)),
 "sendgrid_api_key": ("SENDGRID_API_KEY", "sendgrid_api_key", "SendGrid key", lambda g: "SG." + g.b64u(22) + "." + g.b64u(43)),
 "ssh_key_passphrase": ("SSH_KEY_PASSPHRASE", "ssh_key_passphrase", "SSH key passphrase", lambda g: g.pw()),
}
NEW_TYPES = ["mqtt_broker_password", "lorawan_app_key", "hmi_operator_password", "ssh_key_passphrase"]
V = "{v}"
KINDS = {
 "ros1_launch_xml_param": '<launch>\n  <node pkg="cell_bridge" type="bridge_node" name="uplink">\n    <param name="{k}" value="{v}"/>\n    <param name="host" value="broker.plant3.example"/>\n  </node>\n</launch>',
 "ros2_launch_py_parameters": "Node(\n    package='agv_telemetry', executable='uplink',\n    parameters=[{{'broker_host': 'mq.agv.example', '{k}': '{v}'}}],\n)",
 "ros2_node_params_yaml": "/agv_07/uplink:\n  ros__parameters:\n    broker_host: mq.agv.example\n    {k}: \"{v}\"",
 "catkin_workspace_readme_setup": "## Setup\n1. `catkin build gripper_driver`\n2. export {K}={v}\n3. `roslaunch gripper_driver bringup.launch`",
 "colcon_overlay_env_script": "#!/bin/bash\nsource /opt/ros/humble/setup.bash\nsource install/setup.bash\nexport {K}='{v}'\nros2 launch arm_cell cell.launch.py",
 "gazebo_world_sdf_comment": "<sdf version=\"1.7\">\n  <world name=\"cell_sim\">\n    <!-- real cell uses {L}: {v} -->\n    <include><uri>model://ur5e</uri></include>\n  </world>\n</sdf>",
 "platformio_ini_env_section": "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n  -D{K}=\\\"{v}\\\"\n  -DCORE_DEBUG_LEVEL=3",
 "esp_idf_sdkconfig_defaults": "CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y\nCONFIG_APP_{K}=\"{v}\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y",
 "zephyr_prj_conf_fragment": "CONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\nCONFIG_APP_{K}=\"{v}\"\nCONFIG_LOG=y",
 "yocto_local_conf_append": "MACHINE ?= \"imx8mm-gateway\"\nDISTRO_FEATURES:append = \" systemd\"\n{K} = \"{v}\"\nIMAGE_INSTALL:append = \" edge-agent\"",
 "buildroot_defconfig_snippet": "BR2_aarch64=y\nBR2_PACKAGE_EDGE_AGENT=y\nBR2_PACKAGE_EDGE_AGENT_{K}=\"{v}\"\nBR2_TARGET_ROOTFS_EXT2=y",
 "arduino_secrets_header": "// arduino_secrets.h  (do not commit!)\n#define SECRET_SSID \"PLANT3-IOT\"\n#define SECRET_{K} \"{v}\"",
 "micropython_boot_script": "# boot.py\nimport network\nSSID = 'LINE4-SENSORS'\n{K} = '{v}'\nsta = network.WLAN(network.STA_IF)",
 "circuitpython_settings_file": "CIRCUITPY_WIFI_SSID = \"BENCH-LAB\"\n{K} = \"{v}\"\nCIRCUITPY_WEB_API_PORT = 80",
 "esphome_node_yaml": "esphome:\n  name: tank-level-02\nesp32:\n  board: esp32dev\nsubstitutions:\n  {k}: \"{v}\"",
 "tasmota_console_backlog": "12:04:31.220 CMD: Backlog {K} {v}; Restart 1\n12:04:31.225 RSL: RESULT = {{\"Backlog\":\"Done\"}}",
 "node_red_flow_export_node": "[{{\"id\":\"a41f7c\",\"type\":\"function\",\"name\":\"sign payload\",\"func\":\"const {k} = '{v}';\\nreturn msg;\",\"z\":\"f1\"}}]",
 "iec_structured_text_comment": "PROGRAM PLC_PRG\nVAR\n  bConnect : BOOL;\nEND_VAR\n(* cloud link {L}: {v} -- move to secure store *)\nbConnect := TRUE;",
 "tia_portal_hmi_user_export_csv": "User;Group;Logoff time;Comment\nOperator1;Operators;5;\"{L} {v}\"\nService;Engineers;10;",
 "studio5000_l5x_rung_comment": "<Rung Number=\"12\" Type=\"N\">\n<Comment><![CDATA[Gateway {L} = {v}]]></Comment>\n<Text><![CDATA[XIC(Start)OTE(Run);]]></Text>\n</Rung>",
 "kepware_channel_export_csv": "Channel,Driver,Device,Tag,Address,Description\nMQTT_Agent,IoT Gateway,Broker,Uplink,,\"{L}: {v}\"",
 "historian_odbc_dsn_ini": "[PlantHistorian]\nDriver=ODBC Driver 18 for SQL Server\nServer=hist01.plant3.example\nUID=reporter\n; {L}\n{K}={v}",
 "opcua_server_config_xml": "<ServerConfiguration>\n  <EndpointUrl>opc.tcp://cell4.example:4840</EndpointUrl>\n  <{K}>{v}</{K}>\n</ServerConfiguration>",
 "gateway_web_ui_screenshot_ocr": "Device Settings | Network | Cloud\nCloud Link ........ enabled\n{L} ......... {v}\nSave   Cancel",
 "device_provisioning_sheet_csv": "serial,mac,site,{k}\nGW-2207-0412,00:1b:63:84:45:e6,Plant 3,{v}",
 "factory_flash_station_log": "[stn-2] flashing fw 4.2.1 to DUT SN 7731-0098\n[stn-2] writing nvs key {k}={v}\n[stn-2] verify OK (crc 0x5be1)",
 "production_test_jig_report": "TEST REPORT  unit 44-00917\nT01 supply current ..... PASS\nT07 cloud login ........ PASS ({L} {v})\nT09 RF power ........... PASS",
 "field_service_visit_notes": "Site visit 14 May, line 2 palletizer.\n- replaced encoder cable\n- {L} on the panel PC is {v}\n- customer to order spare fuses",
 "vendor_support_ticket_email": "Hi support,\nour edge box stopped syncing after the update. Config still has {k}={v} and the broker answers CONNACK 5.\nRegards, maintenance team",
 "rma_return_form_txt": "RMA #88231\nProduct: IO-Link master 8p\nFault: no uplink\nNotes for lab: {L} set to {v}, please wipe before return",
 "control_cabinet_label_ocr": "CABINET +A12  SIEMENS S7-1500\n24 VDC  16 A\n{L}: {v}\nDO NOT REMOVE",
 "nameplate_sticker_transcription": "Transcribed from the sticker under the gateway:\nModel EG-400  Rev C\n{L}  {v}\n(sticker was partly peeled)",
 "support_hotline_call_transcript": "[00:03:12] Caller: ok the {L}, I'm reading it off the screen, it's {v}\n[00:03:20] Agent: thanks, I'll try logging in now",
 "commissioning_checklist_md": "- [x] I/O check complete\n- [x] safety PLC signed off\n- [ ] remove temp {L} `{v}` from the HMI\n- [ ] hand over docs",
 "cmakelists_compile_definitions": "add_executable(fw main.c net.c)\ntarget_compile_definitions(fw PRIVATE\n  {K}=\"{v}\"\n  BOARD_REV=3)",
 "makefile_flash_target": "flash: build\n\t{K}='{v}' ./tools/provision.sh $(PORT)\n\tesptool.py --port $(PORT) write_flash 0x10000 build/fw.bin",
 "robot_dockerfile_build_stage": "FROM ros:humble AS build\nENV {K}={v}\nCOPY src /ws/src\nRUN colcon build",
 "firmware_ci_workflow_yaml": "jobs:\n  build:\n    runs-on: ubuntu-22.04\n    env:\n      {K}: {v}\n    steps:\n      - run: pio run -e esp32dev",
 "hil_jenkinsfile_stage": "stage('HIL') {{\n  environment {{ {K} = '{v}' }}\n  steps {{ sh 'pytest hil/ --rig bench-2' }}\n}}",
 "edge_ansible_inventory_ini": "[edge_gateways]\ngw-line1 ansible_host=10.20.1.11\n\n[edge_gateways:vars]\n{k}={v}",
 "fleet_device_env_vars_csv": "device,name,value\ncobot-07,{K},{v}\ncobot-07,LOG_LEVEL,info",
 "ota_update_state_script": "#!/bin/sh\n# ArtifactInstall_Leave_50\nexport {K}=\"{v}\"\n/usr/bin/edge-agent --reload",
 "scada_alarm_server_cfg": "[AlarmServer]\nPort=5020\nNotifyMail=ops@plant3.example\n{K}={v}\nRetry=3",
 "plc_backup_share_readme": "PLC backups land here nightly via the robot job.\nShare login: svc_backup\n{L}: {v}\nAsk OT team before changing.",
 "bench_oscilloscope_usb_notes": "USB stick notes (scope screenshots 03-07):\nscreenshot 5 shows the serial console printing {k}={v}\nscreenshot 6: boot OK",
}
FOCUS = list(TYPES)

def generate(seed=5701):
    g = G(seed)
    recs, used = [], {t: 0 for t in FOCUS}
    for kind, tpl in KINDS.items():
        chosen = []
        for _ in range(4):
            cands = sorted((used[t], t) for t in FOCUS if t not in chosen)
            low = [t for c, t in cands if c == cands[0][0]]
            t = g.choice(low); chosen.append(t); used[t] += 1
        for t in chosen:
            K, k, L, fn = TYPES[t]
            v = fn(g)
            txt = tpl.format(K=K, k=k, L=L, v=mark(v))
            text, spans = finish(txt, [t])
            recs.append(dict(type=t, container=kind, text=text, secrets=spans, source="everyday"))
    return recs
