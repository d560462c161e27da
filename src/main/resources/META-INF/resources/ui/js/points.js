// Point explorer: pick points by device, space, carrier or tag and chart them over any range.
import { startPage } from './shell.js';

startPage('points', async main => {
  main.textContent = '';
});
