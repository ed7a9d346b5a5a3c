"""Everyday weather / climate / hydrology secrets in 45 container kinds x 4."""
from common118 import Gen, fill, rec, LOW, DIG, ALNUM

def TYPES(g):
    return [
        ("wxdev_station_uploader_password", lambda: g.pw()),
        ("wxdev_radar_archive_bucket_secret", lambda: g.s(40, ALNUM + "+/")),
        ("wxdev_hpc_allocation_login_password", lambda: g.pw()),
        ("wxdev_forecast_feed_api_key", lambda: g.hex(32)),
        ("wxdev_flood_alert_webhook_secret", lambda: "fwsig_" + g.b64(24, url=True, strip=True)),
        ("wxdev_gauge_telemetry_broker_password", lambda: g.pw()),
        ("wxdev_reseller_partner_client_secret", lambda: g.s(48)),
        ("wxdev_reanalysis_download_key_uuid", lambda: g.uuid4()),
        ("wxdev_satellite_downlink_bearer_jwt", lambda: g.jwt({"sub": "svc-" + g.s(6, LOW), "aud": "downlink", "scope": "granules:read", "exp": 1767225600 + g.r.randint(0, 9999999)})),
        ("wxdev_lorawan_sensor_app_key", lambda: g.hex(32, up=True)),
        ("wxdev_thredds_catalog_admin_password", lambda: g.pw()),
        ("wxdev_sensor_hub_ingest_token", lambda: g.s(40)),
    ]

K = [
 ("wrf_run_slurm_sbatch_header", "#!/bin/bash\n#SBATCH --job-name=wrf_d02\n#SBATCH --nodes=8\nexport WXKEY='{v}'\nsrun ./wrf.exe\n"),
 ("cylc_suite_rc_environment", "[runtime]\n  [[fetch_obs]]\n    [[[environment]]]\n      OBS_FEED_SECRET = {v}\n"),
 ("ecflow_suite_def_edit_line", "suite ens_daily\n  family fetch\n    edit FEED_SECRET '{v}'\n    task get_gribs\n"),
 ("weewx_conf_restful_section", "[StdRESTful]\n    [[Wunderground]]\n        station = KXXWX{n}\n        password = {v}\n"),
 ("cumulus_mx_ini_wund_block", "[Wunderground]\nID=IWX{n}\nPassword={v}\nEnabled=1\n"),
 ("meteobridge_http_template", "http://upload.{h}/api?user={u}&secret={v}&t=[th0temp-act]\n"),
 ("esphome_secrets_yaml", "wifi_ssid: \"StationShed\"\nweather_upload: \"{v}\"\n"),
 ("home_assistant_secrets_yaml_line", "# secrets.yaml (HA)\nrain_gauge_api: {v}\nlatitude_home: 52.1\n"),
 ("node_red_flow_credentials_json", "{{\"a71c.9f\": {{\"user\": \"{u}\", \"token\": \"{v}\"}}}}\n"),
 ("telegraf_mqtt_consumer_toml", "[[inputs.mqtt_consumer]]\n  servers = [\"tcp://{h}:1883\"]\n  username = \"{u}\"\n  password = \"{v}\"\n  topics = [\"gauges/+/stage\"]\n"),
 ("mosquitto_bridge_conf_block", "connection river_bridge\naddress {h}:8883\nremote_username {u}\nremote_password {v}\n"),
 ("chirpstack_toml_integration", "[integration.mqtt]\nserver=\"tcp://{h}:1883\"\nusername=\"{u}\"\nsecret=\"{v}\"\n"),
 ("ttn_device_csv_import_row", "dev_eui,join_eui,app_key\n70B3D57ED00{n}A1F,0000000000000000,{v}\n"),
 ("arduino_secrets_tab_define", "// arduino_secrets.h\n#define SECRET_SSID \"gauge-shed\"\n#define SECRET_FEED \"{v}\"\n"),
 ("micropython_config_py_dict", "CONFIG = {{\n    'station': 'RG{n}',\n    'feed_key': '{v}',\n}}\n"),
 ("loggernet_task_master_note", "Task Master: call-back CR1000X_{n}\nPost-processing uploader key: {v}\n"),
 ("campbell_crbasic_const_line", "'CRBasic program\nConst FeedKey = \"{v}\"\nPublic AirTC\n"),
 ("cdsapirc_style_dotfile", "url: https://cds.{h}/api\nkey: {n}:{v}\n"),
 ("netcdf_pipeline_xarray_notebook_cell", "import os, xarray as xr\nos.environ['FEED_SECRET'] = \"{v}\"\nds = xr.open_dataset('t2m.nc')\n"),
 ("snakemake_config_yaml", "regions: [alps, andes]\ndownload:\n  secret: \"{v}\"\n"),
 ("nextflow_config_params_block", "params {{\n  gribDir = '/scratch/gribs'\n  feedSecret = '{v}'\n}}\n"),
 ("pbs_pro_qsub_script_env", "#PBS -N cesm_b1850\n#PBS -l select=16:ncpus=128\nexport ARCHIVE_SECRET={v}\n"),
 ("lmod_modulefile_setenv_lua", "-- modulefile climtools/2.3\nsetenv(\"CLIM_ARCHIVE_SECRET\", \"{v}\")\n"),
 ("cesm_env_mach_specific_xml", "<environment_variables>\n  <env name=\"ARCHIVE_SECRET\">{v}</env>\n</environment_variables>\n"),
 ("esmvaltool_config_user_yml", "rootpath:\n  CMIP6: /badc/cmip6\ndownload_secret: {v}\n"),
 ("rclone_remote_conf_section", "[radar-archive]\ntype = s3\nprovider = Other\naccess_key_id = WXRADARARCHIVE{n}\nsecret_access_key = {v}\n"),
 ("s3cmd_cfg_secret_line", "[default]\nhost_base = objects.{h}\nsecret_key = {v}\n"),
 ("ldm_pqact_exec_line", "NEXRAD2\t^L2-BZIP2/(K...)\n\tEXEC\t/usr/local/bin/push.sh -k {v} \\1\n"),
 ("grafana_datasource_provisioning_yaml", "apiVersion: 1\ndatasources:\n  - name: gauges\n    type: influxdb\n    secureJsonData:\n      token: {v}\n"),
 ("fastapi_forecast_settings_py", "class Settings(BaseSettings):\n    feed_secret: str = \"{v}\"\n    cache_ttl: int = 300\n"),
 ("django_local_settings_hydro", "HYDRO_PORTAL = {{'USER': '{u}', 'SECRET': '{v}'}}\n"),
 ("go_env_struct_default_tag", "type Cfg struct {{\n\tFeedSecret string `env:\"FEED_SECRET\" envDefault:\"{v}\"`\n}}\n"),
 ("rust_config_toml_table", "[upstream]\nendpoint = \"https://api.{h}\"\nsecret = \"{v}\"\n"),
 ("julia_startup_jl_env", "# ~/.julia/config/startup.jl\nENV[\"FEED_SECRET\"] = \"{v}\"\n"),
 ("matlab_startup_setenv", "% startup.m\nsetenv('FEED_SECRET', '{v}');\n"),
 ("fortran_namelist_nml_entry", "&upload_nml\n  server = '{h}'\n  secret = '{v}'\n/\n"),
 ("cron_crontab_curl_line", "*/10 * * * * curl -s 'https://ingest.{h}/v1/obs?secret={v}' -d @/var/obs/last.json\n"),
 ("kubernetes_cronjob_env_value", "        env:\n          - name: FEED_SECRET\n            value: \"{v}\"\n"),
 ("openwrt_gateway_rc_local", "# /etc/rc.local on the gauge router\nFEED_SECRET={v} /usr/bin/gauge-push &\n"),
 ("supervisord_program_environment", "[program:radar_ingest]\ncommand=/opt/ingest/run\nenvironment=FEED_SECRET=\"{v}\"\n"),
 ("flood_desk_signal_chat_paste", "[08:41] {u}: river portal login still {v} until Friday rotation\n"),
 ("forecaster_shift_handover_email", "Subject: night shift handover\n\nRadar fallback account is {u}, secret {v}. Do not forward.\n"),
 ("hydrology_redmine_issue_comment", "Comment #4 by {u}: tried again with {v} and the THREDDS reload worked.\n"),
 ("station_install_field_notebook_scan", "Site RG-{n} install 2025-06-03\nlogger PIN/uploader: {v}\nbattery 12.9 V\n"),
 ("climate_lab_onenote_page_export", "HPC access (shared page)\n  account: {u}\n  secret: {v}\n"),
]

def build(rng, start_id=1):
    g = Gen(rng)
    types = TYPES(g)
    out = []
    i = start_id
    for k, (kind, tpl) in enumerate(K):
        for j in range(4):
            tname, mk = types[(7 * k + 5 * j) % len(types)]
            v = mk()
            text, s, e = fill(tpl, v, u=g.user(), h=g.host(), n=g.s(3, DIG))
            out.append(rec("", tname, kind, text, s, e, "everyday"))
    return out, [t for t, _ in types], [k for k, _ in K]
