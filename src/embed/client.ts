import '../ui/theme.css';
import './embed.css';
import '../diagrams/styles';
import { startEmbedPage } from './embedPage';

/** The one script of `/embed/<id>/` pages and of the gallery at `/embed/`. */
const gallery = document.querySelector<HTMLElement>('[data-gallery]');
const island = document.querySelector<HTMLElement>('[data-island]');
if (gallery) void import('./gallery').then(({ startGallery }) => startGallery(gallery));
else if (island) void startEmbedPage(island);
