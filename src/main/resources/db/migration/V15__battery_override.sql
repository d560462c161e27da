-- An engineer may override a battery's power set-point (KW_SP, kW, + discharge, - charge) as plant control now
-- dispatches the plan's battery command.
alter table control_override drop constraint control_override_kind_check;
alter table control_override add constraint control_override_kind_check
    check (kind in ('CHILLER_ENABLE', 'SUPPLY_SETPOINT', 'PUMP_ENABLE', 'PUMP_SPEED', 'BATTERY_POWER'));
