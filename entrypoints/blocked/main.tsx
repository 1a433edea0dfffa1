import { createRoot } from 'react-dom/client';
import { BlockPage } from '../../components/BlockPage';
import '../../components/theme.css';

createRoot(document.getElementById('root')!).render(<BlockPage />);
