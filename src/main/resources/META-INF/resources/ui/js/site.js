// What the pages show: the site and the counters they read. The demo hospital's keys (README, "The simulated
// hospital"); another site changes them here or with ?site= in the page address.
export const SITE = new URLSearchParams(location.search).get('site') || 'HOSP';

export const POINTS = {
  pvGeneration: 'PV.KWH', // the inverter's generation counter
  plantElectricity: 'CHP.KWH', // the chiller-plant sub-meter
  coolingEnergy: 'CHW.KWH', // the BTU meter
};

export function pointKey(point) {
  return `${SITE}/${point}`;
}
