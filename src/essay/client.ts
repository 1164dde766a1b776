import './essay.css';
import '../diagrams/styles';
import { watchIslands } from './islands';
import { watchScrollies } from './scrolly';
import { watchCitationCards } from './cards';
import { watchProgress } from './progress';
import { watchSectionAnchors } from './anchors';
import { watchFigureTools } from './figureTools';

/** The essay's only start-up work: everything else waits for a figure to near the viewport. */
watchIslands();
watchScrollies();
watchCitationCards();
watchProgress();
watchSectionAnchors();
watchFigureTools();
